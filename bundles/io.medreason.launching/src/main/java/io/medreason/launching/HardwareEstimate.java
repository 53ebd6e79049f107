package io.medreason.launching;

import io.medreason.core.run.MemoryEstimate;
import io.medreason.core.run.ModelDims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * The memory a configuration's run needs ({@link MemoryEstimate} for its model and settings) against a GPU's memory,
 * a T4's 15 GB by default, with the settings that would make it fit when it does not.
 *
 * @param text the breakdown in one line
 * @param fits whether it fits
 * @param advice what to change when it does not fit ("" when it fits)
 */
public record HardwareEstimate(String text, boolean fits, String advice) {

    /** A T4's usable memory: 15 GiB. */
    public static final long T4_BYTES = 15L << 30;

    /** The estimate for {@code c} against {@code availableBytes}; null when the model folder cannot be read. */
    public static HardwareEstimate of(ILaunchConfiguration c, long availableBytes) throws CoreException {
        ModelDims dims;
        try {
            dims = ModelDims.read(Path.of(TrainingAttributes.get(c, "model").strip()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            MemoryEstimate estimate = new MemoryEstimate(dims);
            MemoryEstimate.Settings s = MemoryEstimate.Settings.of(TrainingAttributes.toConfig(withFolders(c)));
            MemoryEstimate.Breakdown b = estimate.estimate(s, availableBytes);
            if (b.fits()) {
                return new HardwareEstimate(b.toString(), true, "");
            }
            MemoryEstimate.Settings fix = estimate.suggest(s, availableBytes);
            return new HardwareEstimate(b.toString(), false, fix == null
                    ? "No batch or length setting fits: use a smaller model or a GPU with more memory."
                    : "It would fit with: " + MemoryEstimate.flagsFor(s, fix));
        } catch (IllegalArgumentException | io.medreason.core.cli.UsageException e) {
            return null;
        }
    }

    /** The attributes, with a placeholder for data and run folders not chosen yet (memory does not depend on them). */
    private static Map<String, Object> withFolders(ILaunchConfiguration c) throws CoreException {
        Map<String, Object> attributes = new HashMap<>(c.getAttributes());
        for (String flag : List.of("model", "data", "output")) {
            if (TrainingAttributes.get(c, flag).isBlank()) {
                attributes.put(TrainingAttributes.key(flag), ".");
            }
        }
        return attributes;
    }

    /** The model's architecture and size in one line, e.g. {@code 36 layers × 2048, 16/2 heads, 3.09 B parameters}. */
    public static String describeModel(Path modelDir) {
        try {
            ModelDims d = ModelDims.read(modelDir);
            double p = d.parameterCount();
            String size = p >= 1e9 ? String.format(Locale.ROOT, "%.2f B", p / 1e9)
                    : p >= 1e6 ? String.format(Locale.ROOT, "%.1f M", p / 1e6)
                    : String.format(Locale.ROOT, "%.0f", p);
            return String.format(Locale.ROOT, "Qwen2 architecture: %d layers × %d hidden, %d query / %d key-value "
                    + "heads, MLP %d, vocabulary %d — %s parameters", d.numHiddenLayers(), d.hiddenSize(),
                    d.numAttentionHeads(), d.numKeyValueHeads(), d.intermediateSize(), d.vocabSize(), size);
        } catch (IOException | RuntimeException e) {
            return "Not a model folder: " + e.getMessage();
        }
    }
}

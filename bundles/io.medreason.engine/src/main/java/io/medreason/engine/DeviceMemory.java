package io.medreason.engine;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import ai.djl.util.cuda.CudaUtils;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.MemoryEstimate;
import io.medreason.core.run.ModelDims;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.Qwen2Config;
import io.medreason.engine.model.Qwen2Model;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How much memory a device has, and the check that refuses to load a model for inference ({@code eval}, {@code ask})
 * when it cannot fit, before a byte of it is read. The figure comes from {@link MemoryEstimate} with nothing to
 * train: the weights at the run's precision, one layer's activations and the logits at the given length, and the
 * runtime's headroom.
 *
 * <p>The system property {@value #LIMIT_PROPERTY} (e.g. {@code -Dmedreason.memory.limit=16g}, also {@code m} or
 * plain bytes) caps the memory the engine plans with, for a machine shared with other work.
 */
public final class DeviceMemory {

    /** The property that caps the memory the engine plans with. */
    public static final String LIMIT_PROPERTY = "medreason.memory.limit";

    private DeviceMemory() {
    }

    /**
     * Bytes of memory on {@code device}: the GPU's total, or the machine's physical memory for the CPU, at most the
     * {@value #LIMIT_PROPERTY} cap.
     */
    public static long available(Device device) {
        long total = device.isGpu() ? CudaUtils.getGpuMemory(device).getMax()
                : ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
        String limit = System.getProperty(LIMIT_PROPERTY);
        return limit == null ? total : Math.min(total, parseSize(limit));
    }

    private static long parseSize(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : 1;
        try {
            return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
        } catch (NumberFormatException e) {
            throw new UsageException("-D" + LIMIT_PROPERTY + "=" + text + ": expected a size such as 16g, 512m or "
                    + "a number of bytes");
        }
    }

    /**
     * The estimate for running the model in {@code modelDir} as {@code dtype} on {@code device} over sequences of
     * {@code tokens}; a {@link UsageException} naming the memory needed and available when it does not fit (or when
     * {@code config.json} lacks a size).
     */
    public static MemoryEstimate.Breakdown checkInference(Path modelDir, Device device, DataType dtype, int tokens) {
        return checkInference(modelDir, null, device, dtype, tokens);
    }

    /**
     * As {@link #checkInference(Path, Device, DataType, int)} for asking with the adapter in {@code askingAdapter}
     * (null: none): asking merges the adapter into a private copy of every projection it targets, so those
     * projections count twice.
     */
    public static MemoryEstimate.Breakdown checkInference(Path modelDir, Path askingAdapter, Device device,
            DataType dtype, int tokens) {
        ModelDims dims = dims(modelDir);
        int weightBytes = dtype == DataType.FLOAT16 ? 2 : 4;
        long merged = askingAdapter == null ? 0
                : mergedParameterCount(dims, LoraConfig.read(askingAdapter)) * weightBytes;
        MemoryEstimate.Settings inference = new MemoryEstimate.Settings(1, 1, Math.max(tokens, 1), 0, List.of(),
                weightBytes, true, true);
        long available = available(device);
        MemoryEstimate.Breakdown b = new MemoryEstimate(dims).estimate(inference, available - merged);
        if (!b.fits()) {
            throw new UsageException(String.format(Locale.ROOT, "%s as %s needs about %.1f GiB (weights %.1f GiB, "
                    + "%d parameters%s) but %s has %.1f GiB of memory; use a smaller model or a device with more "
                    + "memory", modelDir, dtype.name().toLowerCase(Locale.ROOT), gib(b.total() + merged),
                    gib(b.weights()), dims.parameterCount(), merged == 0 ? ""
                            : String.format(Locale.ROOT, "; the adapter merged into copies of the projections it "
                                    + "targets %.1f GiB", gib(merged)),
                    device.isGpu() ? "cuda:" + device.getDeviceId() : "cpu", gib(available)));
        }
        return b;
    }

    private static ModelDims dims(Path modelDir) {
        Qwen2Config.read(modelDir); // refuses a bad config.json by file and key
        try {
            return ModelDims.read(modelDir);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Weights of the private merged copies that asking makes: every projection of every layer that {@code adapter}
     * targets (matched by module name, as the adapter is applied).
     */
    static long mergedParameterCount(ModelDims dims, LoraConfig adapter) {
        long count = 0;
        for (int i = 0; i < dims.numHiddenLayers(); i++) {
            for (String target : LoraConfig.ALL_TARGETS) {
                if (adapter.targets(Qwen2Model.projectionName(i, target))) {
                    int[] shape = dims.projectionShape(target); // {in, out}
                    count += (long) shape[0] * shape[1];
                }
            }
        }
        return count;
    }

    private static double gib(long bytes) {
        return bytes / (double) (1L << 30);
    }
}

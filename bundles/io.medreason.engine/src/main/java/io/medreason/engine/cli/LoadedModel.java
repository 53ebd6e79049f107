package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.DeviceMemory;
import io.medreason.engine.Engine;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.QwenTokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model, optional adapter and tokenizer named by {@code --model DIR [--adapter DIR] [--device auto|cpu|gpu]
 * [--attn-implementation sdpa|eager]},
 * loaded once for a subcommand; prints the device and type chosen. Before anything is read, the memory check
 * ({@link DeviceMemory#checkInference}) refuses a model that cannot fit the device, with exit status 2.
 */
final class LoadedModel implements AutoCloseable {

    final Qwen2Model model;
    final QwenTokenizer tokenizer;

    private LoadedModel(Qwen2Model model, QwenTokenizer tokenizer) {
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /** Opens the model for sequences of up to {@code tokens} tokens (what the memory check assumes). */
    static LoadedModel open(Flags flags, PrintStream info, int tokens) throws IOException {
        return open(flags, info, tokens, false);
    }

    /**
     * As {@link #open(Flags, PrintStream, int)}; {@code asking}: the model will be asked, which merges the adapter into
     * private copies of the projections it targets (the memory check counts them).
     */
    static LoadedModel open(Flags flags, PrintStream info, int tokens, boolean asking) throws IOException {
        Path dir = folder(flags, "model");
        Path adapter = flags.has("adapter") ? folder(flags, "adapter") : null;
        AttnImplementation attention = attention(flags);
        Engine.init();
        Device device = Engine.chooseDevice(flags.string("device", "auto"));
        DataType dtype = Engine.defaultType(device);
        DeviceMemory.checkInference(dir, asking ? adapter : null, device, dtype, tokens);
        QwenTokenizer tokenizer = QwenTokenizer.load(dir);
        Qwen2Model model;
        try {
            model = Qwen2Model.load(dir, device, dtype);
        } catch (RuntimeException e) {
            tokenizer.close();
            throw e;
        }
        try {
            model.setAttnImplementation(attention);
            if (adapter != null) {
                LoraAdapter.load(model, adapter);
            }
        } catch (RuntimeException e) {
            model.close();
            tokenizer.close();
            throw e;
        }
        info.println("model " + dir + (adapter == null ? "" : " + adapter " + adapter) + ": "
                + Engine.describe(device, dtype) + ", " + attention.flagValue() + " attention");
        return new LoadedModel(model, tokenizer);
    }

    private static AttnImplementation attention(Flags flags) {
        try {
            return AttnImplementation.of(flags.string("attn-implementation", "sdpa"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--attn-implementation: " + e.getMessage());
        }
    }

    private static Path folder(Flags flags, String name) {
        Path p = flags.existingPath(name);
        if (!Files.isDirectory(p)) {
            throw new UsageException("--" + name + ": " + p + " is not a folder");
        }
        return p;
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}

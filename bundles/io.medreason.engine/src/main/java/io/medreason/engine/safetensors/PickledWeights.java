package io.medreason.engine.safetensors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The refusal of a model or adapter folder whose weights are pickled ({@code pytorch_model.bin},
 * {@code adapter_model.bin}, {@code *.pt}, {@code *.pth}, {@code *.ckpt}, {@code *.pkl}): loading a pickle can run
 * arbitrary code, so such files are never opened — only their names are listed.
 */
public final class PickledWeights {

    private PickledWeights() {
    }

    /** The message for a folder that lacks {@code expected}: names the pickled files and how to convert them. */
    public static String missing(Path dir, String expected) {
        List<String> pickles;
        try (Stream<Path> list = Files.list(dir)) {
            pickles = list.map(p -> p.getFileName().toString()).filter(PickledWeights::isPickle).sorted().toList();
        } catch (IOException e) {
            return dir + ": cannot list folder (" + e.getMessage() + ")";
        }
        if (pickles.isEmpty()) {
            return dir + ": no " + expected;
        }
        return dir + ": no " + expected + ", only pickled weights (" + String.join(", ", pickles) + "): safetensors is"
                + " required because loading a pickle can run arbitrary code; convert them to safetensors (transformers:"
                + " save_pretrained(..., safe_serialization=True); PEFT saves adapter_model.safetensors by default)";
    }

    static boolean isPickle(String name) {
        return name.endsWith(".bin") || name.endsWith(".pt") || name.endsWith(".pth") || name.endsWith(".ckpt")
                || name.endsWith(".pkl");
    }
}

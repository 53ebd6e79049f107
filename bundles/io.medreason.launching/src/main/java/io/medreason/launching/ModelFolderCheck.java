package io.medreason.launching;

import io.medreason.core.run.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whether a folder is a base model the engine can train: {@code config.json} of a supported architecture
 * ({@code model_type} {@value #SUPPORTED_TYPE}), safetensors weights and the tokenizer files. The answer names the
 * folder and the first missing or wrong file, in one line for a wizard's message area.
 *
 * @param problem what is wrong, or null when the folder is a usable model
 */
public record ModelFolderCheck(String problem) {

    /** The one model type the engine implements (Qwen2 and Qwen2.5 checkpoints). */
    public static final String SUPPORTED_TYPE = "qwen2";
    /** Tokenizer files the engine reads. */
    public static final List<String> TOKENIZER_FILES = List.of("tokenizer.json", "tokenizer_config.json");

    /** Checks {@code folder}. */
    public static ModelFolderCheck of(Path folder) {
        return new ModelFolderCheck(problemOf(folder));
    }

    public boolean ok() {
        return problem == null;
    }

    private static String problemOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return folder + " is not a folder";
        }
        Path config = folder.resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return folder + " has no config.json: choose a Hugging Face model folder (e.g. Qwen2.5-3B-Instruct)";
        }
        String type = modelType(config);
        if (type == null) {
            return config + " is not a model configuration (no model_type)";
        }
        if (!type.equals(SUPPORTED_TYPE)) {
            return config + ": model_type '" + type + "' is not supported (only " + SUPPORTED_TYPE
                    + ": Qwen2 / Qwen2.5 models)";
        }
        if (!hasWeights(folder)) {
            return folder + " has no *.safetensors weights (PyTorch .bin checkpoints are not read: convert them)";
        }
        for (String name : TOKENIZER_FILES) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                return folder + " has no " + name + " (the model's tokenizer)";
            }
        }
        return null;
    }

    private static String modelType(Path config) {
        try {
            Map<String, Object> json = Json.parseObject(Files.readString(config));
            return json.get("model_type") instanceof String s ? s : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean hasWeights(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".safetensors"));
        } catch (IOException e) {
            return false;
        }
    }
}

package io.medreason.engine.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.JsonFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sampling defaults as transformers takes them: from the model folder's {@code generation_config.json}
 * ({@code do_sample}, {@code temperature}, {@code top_k}, {@code top_p}, {@code repetition_penalty}) when present,
 * otherwise Qwen2.5-Instruct's published values (0.7, 20, 0.8, 1.05). The file is read through {@link JsonFile}:
 * bad JSON or a key of the wrong type is a one-line error naming the file, the line or the key.
 */
public record GenerationDefaults(double temperature, int topK, double topP, double repetitionPenalty) {

    /** Qwen2.5-Instruct's generation_config.json. */
    public static final GenerationDefaults QWEN25 = new GenerationDefaults(0.7, 20, 0.8, 1.05);

    /** Reads {@code modelDir/generation_config.json}, falling back to {@link #QWEN25} key by key. */
    public static GenerationDefaults read(Path modelDir) {
        Path file = modelDir.resolve("generation_config.json");
        if (!Files.isRegularFile(file)) {
            return QWEN25;
        }
        JsonNode n = JsonFile.read(file);
        if (!n.isObject()) {
            throw new UsageException(file + ": expected a JSON object, got " + n.getNodeType().name().toLowerCase());
        }
        Keys keys = new Keys(file, n);
        boolean sample = keys.bool("do_sample", true);
        return new GenerationDefaults(sample ? keys.number("temperature", QWEN25.temperature) : 0,
                (int) keys.whole("top_k", QWEN25.topK), keys.number("top_p", QWEN25.topP),
                keys.number("repetition_penalty", QWEN25.repetitionPenalty));
    }

    /** Typed reads of optional keys; a key that is there with the wrong type is an error naming it. */
    private record Keys(Path file, JsonNode node) {

        boolean bool(String key, boolean fallback) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isBoolean()) {
                throw wrong(key, "true or false", v);
            }
            return v.booleanValue();
        }

        double number(String key, double fallback) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isNumber()) {
                throw wrong(key, "a number", v);
            }
            return v.doubleValue();
        }

        long whole(String key, long fallback) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                throw wrong(key, "a whole number", v);
            }
            return v.intValue();
        }

        private UsageException wrong(String key, String expected, JsonNode got) {
            return new UsageException(file + ": key \"" + key + "\": expected " + expected + ", got "
                    + JsonFile.oneLine(got.toString()));
        }
    }
}

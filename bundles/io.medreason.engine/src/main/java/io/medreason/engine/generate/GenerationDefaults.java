package io.medreason.engine.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sampling defaults as transformers takes them: from the model folder's {@code generation_config.json}
 * ({@code do_sample}, {@code temperature}, {@code top_k}, {@code top_p}, {@code repetition_penalty}) when present,
 * otherwise Qwen2.5-Instruct's published values (0.7, 20, 0.8, 1.05).
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
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            boolean sample = n.path("do_sample").asBoolean(true);
            return new GenerationDefaults(sample ? n.path("temperature").asDouble(QWEN25.temperature) : 0,
                    n.path("top_k").asInt(QWEN25.topK), n.path("top_p").asDouble(QWEN25.topP),
                    n.path("repetition_penalty").asDouble(QWEN25.repetitionPenalty));
        } catch (IOException e) {
            throw new UsageException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
    }
}

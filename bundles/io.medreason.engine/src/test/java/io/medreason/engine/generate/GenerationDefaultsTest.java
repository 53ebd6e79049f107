package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generation_config.json supplies the sampling defaults, key by key. */
class GenerationDefaultsTest {

    @Test
    void readsTheModelsGenerationConfig(@TempDir Path dir) throws Exception {
        assertEquals(GenerationDefaults.QWEN25, GenerationDefaults.read(dir));
        Files.writeString(dir.resolve("generation_config.json"),
                "{\"do_sample\": true, \"temperature\": 0.6, \"top_p\": 0.95, \"bos_token_id\": 151643}");
        assertEquals(new GenerationDefaults(0.6, 20, 0.95, 1.05), GenerationDefaults.read(dir));
        Files.writeString(dir.resolve("generation_config.json"), "{\"do_sample\": false, \"temperature\": 0.6}");
        assertEquals(0.0, GenerationDefaults.read(dir).temperature());
    }
}

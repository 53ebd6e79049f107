package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.fuzz.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generation_config.json supplies the sampling defaults, key by key; bad files are located one-line errors. */
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

    @Test
    void badJsonNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generation_config.json");
        Files.writeString(file, "{\n  \"temperature\": 0.6,\n  \"top_p\": }\n");
        UsageException e = assertThrows(UsageException.class, () -> GenerationDefaults.read(dir));
        System.out.println("generation_config.json, broken: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aKeyOfTheWrongTypeIsNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("generation_config.json");
        for (String[] c : new String[][] {{"\"temperature\": \"hot\"", "temperature"}, {"\"top_k\": 2.5", "top_k"},
                {"\"do_sample\": \"yes\"", "do_sample"}, {"\"repetition_penalty\": [1]", "repetition_penalty"}}) {
            Files.writeString(file, "{" + c[0] + "}");
            UsageException e = assertThrows(UsageException.class, () -> GenerationDefaults.read(dir), c[0]);
            assertTrue(e.getMessage().contains(file + ": key \"" + c[1] + "\""), e.getMessage());
        }
        Files.writeString(file, "[1, 2]");
        assertThrows(UsageException.class, () -> GenerationDefaults.read(dir));
    }

    @Test
    void askSaysWhichKeyIsWrongInOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("generation_config.json"), "{\"top_p\": \"0.9\"}");
        CommandRun r = CommandRun.main(List.of("ask", "--model", dir.toString(), "頭痛怎麼辦？"));
        System.out.println("ask with a bad generation_config.json: exit " + r.code() + ": " + r.err().strip());
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("generation_config.json: key \"top_p\": expected a number"), r.err());
    }
}

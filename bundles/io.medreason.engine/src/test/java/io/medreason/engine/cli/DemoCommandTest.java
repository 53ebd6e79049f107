package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.engine.TestData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medreason demo} (the README's main job), shortened to two steps, on the shipped sample and tiny model. */
class DemoCommandTest {

    @Test
    void theDemoTrainsOnTheSampleAndComparesBeforeAndAfter(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int status = new DemoCommand().run(List.of("--model", TestData.TINY_MODEL.toString(), "--data",
                "../../samples/medical-o1-zh-sample.json", "--output", dir.resolve("run").toString(), "--steps", "2"),
                out, out);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.contains("done after 2 steps"), text);
        assertTrue(text.contains("42 kept"), "the sample's 42 training records all train:\n" + text);
        assertTrue(text.contains("After fine-tuning"), text);
    }
}

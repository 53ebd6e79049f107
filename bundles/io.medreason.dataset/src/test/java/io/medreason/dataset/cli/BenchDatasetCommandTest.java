package io.medreason.dataset.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark runs end to end on a small file (the 60 MB figure is for {@code medreason bench dataset}). */
class BenchDatasetCommandTest {

    @Test
    void printsLoadTimeThroughputMemoryAndThePythonRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        int status = new BenchDatasetCommand().run(List.of("--size-mb", "2", "--runs", "1"), print, print);

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, text);
        assertTrue(text.matches("(?s)file: 2\\.0 MB, \\d+ records.*"), text);
        assertTrue(text.contains("first load in this JVM: "), text);
        assertTrue(text.matches("(?s).* MB/s, CPU [0-9.]+ s \\(all threads\\), peak heap .*"), text);
        assertTrue(text.matches("(?s).*python3 json.load: [0-9.]+ s.*ratio python/java: [0-9.]+x.*"), text);
    }
}

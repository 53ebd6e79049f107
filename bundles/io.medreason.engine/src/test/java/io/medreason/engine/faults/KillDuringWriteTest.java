package io.medreason.engine.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.Json;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.engine.safetensors.SafetensorsFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at 50 random moments while a child process ({@link WriterChild}) rewrites a file through each kind
 * of product writer: every time, the file is complete and loadable and is one of the two versions written, never a
 * mix or a truncation. Prints per kind how often each version was found and how many temporary files were left.
 */
class KillDuringWriteTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesTheLastCompleteFile() throws Exception {
        SplittableRandom random = new SplittableRandom(9);
        for (String kind : List.of("adapter", "dataset", "converted", "config")) {
            Path folder = Files.createDirectories(dir.resolve(kind));
            Path file = folder.resolve(kind.equals("adapter") ? "adapter_model.safetensors" : kind + ".jsonl");
            WriterChild.write(kind, file, 0, kind.equals("dataset")
                    ? new io.medreason.dataset.model.Dataset[] {WriterChild.dataset(0)} : null);
            int[] versions = new int[2];
            for (int k = 0; k < KILLS; k++) {
                killDuringWrites(kind, file, random.nextInt(1, 400));
                versions[version(kind, file)]++;
            }
            long temps;
            try (Stream<Path> list = Files.list(folder)) {
                temps = list.filter(p -> !p.equals(file)).count();
            }
            System.out.printf(Locale.ROOT, "kill -9 during %-9s writes: %d kills, file intact every time "
                    + "(version 0: %d, version 1: %d), %d temporary files left beside it%n", kind, KILLS, versions[0],
                    versions[1], temps);
        }
    }

    private static void killDuringWrites(String kind, Path file, int millis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), WriterChild.class.getName(), kind,
                file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("writing", out.readLine(), "the writer started");
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        child.waitFor();
        assertTrue(child.exitValue() != 0, "killed, not finished");
    }

    /** Which version the file holds; fails when it is not a complete, loadable version. */
    private static int version(String kind, Path file) throws IOException {
        switch (kind) {
            case "adapter" -> {
                try (SafetensorsFile st = SafetensorsFile.open(file)) {
                    float[] w = st.floats("w");
                    assertEquals(WriterChild.FLOATS, w.length);
                    int v = (int) w[0] - 1;
                    assertEquals(w[0], w[w.length - 1], "one version throughout");
                    return v;
                }
            }
            case "dataset", "converted" -> {
                var records = DatasetIO.load(file).getRecords();
                assertEquals(20_000, records.size(), "every record");
                String text = Files.readString(file);
                int v = text.contains("版本 1") ? 1 : 0;
                assertTrue(!text.contains("版本 " + (1 - v)), "one version throughout");
                return v;
            }
            default -> {
                Map<String, Object> m = Json.parseObject(Files.readString(file));
                return ((Number) m.get("steps")).intValue() - 100;
            }
        }
    }
}

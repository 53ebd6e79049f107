package io.medreason.engine.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk while a checkpoint is written, as {@code ./medreason train} meets it: the training child runs under
 * {@code ulimit -f} (a file-size limit below the size of a checkpoint's adapter), so the write of
 * {@code checkpoint-6} fails with EFBIG. The run ends with one line on stderr (no stack trace), the previous
 * checkpoint ({@code checkpoint-3}) stays byte for byte as it was, no half-written folder is left, and
 * {@code train --resume} without the limit continues to the same per-step losses as a run never interrupted.
 */
class DiskFullTest {

    private static final double TOLERANCE = 1e-5;

    @TempDir
    Path dir;

    @Test
    void aFullDiskWhileCheckpointingCostsNothingBeforeTheLastCheckpoint() throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        Path straight = dir.resolve("straight");
        MainChild.Result r0 = MainChild.run(train(data, straight, false), 300);
        assertEquals(0, r0.code(), r0.err());
        Map<Long, Double> expected = losses(straight);
        assertEquals(6, expected.size(), expected.toString());

        // a run folder that had reached checkpoint-3 of the same run, then continues under a file-size limit
        Path run = dir.resolve("run");
        copyTree(straight.resolve("checkpoint-3"), run.resolve("checkpoint-3"));
        long adapterBytes = Files.size(run.resolve("checkpoint-3").resolve(LoraAdapter.WEIGHTS));
        long blocks = adapterBytes / 2 / 512;
        MainChild.Result full = MainChild.runWithFileSizeLimit(blocks, train(data, run, true), 300);
        System.out.printf(Locale.ROOT, "disk full (ulimit -f %d blocks = %d bytes, adapter %d bytes): exit %d, "
                + "stderr: %s%n", blocks, blocks * 512, adapterBytes, full.code(), full.errorLines());
        assertEquals(1, full.code(), full.err());
        assertEquals(1, full.errorLines().size(), "one line:\n" + full.err());
        String line = full.errorLines().get(0);
        assertTrue(line.startsWith("medreason train: could not write checkpoint-6 in " + run + ": File too large"),
                line);
        assertTrue(line.contains("checkpoint-3 is complete and kept") && line.contains("train --resume"), line);
        assertFalse(full.err().contains("\tat ") || full.err().contains("Exception"), full.err());
        assertSameFiles(straight.resolve("checkpoint-3"), run.resolve("checkpoint-3"));
        assertEquals(List.of("checkpoint-3", RunProtocol.METRICS_FILE, RunProtocol.TRAINING_CONFIG_FILE),
                names(run), "no checkpoint-6, no temporary folder");
        Map<Long, Double> beforeFailure = losses(run);

        MainChild.Result resumed = MainChild.run(train(data, run, true), 300);
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("resuming from " + run.resolve("checkpoint-3") + " at step 3"),
                resumed.out());
        Map<Long, Double> after = losses(run);
        double largest = 0;
        for (long step = 4; step <= 6; step++) {
            largest = Math.max(largest, Math.abs(after.get(step) - expected.get(step)));
            largest = Math.max(largest, Math.abs(beforeFailure.get(step) - expected.get(step)));
        }
        System.out.printf(Locale.ROOT, "disk full, then train --resume: steps 4-6 largest loss difference to the "
                + "uninterrupted run %.3e (tolerance %.0e)%n", largest, TOLERANCE);
        assertTrue(largest <= TOLERANCE, "losses differ by " + largest);
        assertTrue(Files.isRegularFile(run.resolve("checkpoint-6").resolve("trainer_state.json")));
    }

    private static List<String> train(Path data, Path out, boolean resume) {
        List<String> args = new ArrayList<>(List.of("train", "--model", TestData.TINY_MODEL.toString(), "--data",
                data.toString(), "--output", out.toString(), "--steps", "6", "--checkpoint-every", "3",
                "--batch-size", "1", "--max-length", "128", "--lora-r", "32", "--lr", "0.01", "--warmup-steps", "1",
                "--convert", "none"));
        if (resume) {
            args.add("--resume");
        }
        return args;
    }

    /** The loss of each step in metrics.jsonl (the last line for a step wins: a resumed run repeats steps). */
    static Map<Long, Double> losses(Path run) throws IOException {
        Map<Long, Double> losses = new TreeMap<>();
        for (String line : Files.readAllLines(run.resolve(RunProtocol.METRICS_FILE))) {
            Map<String, Object> m = RunProtocol.decode(line);
            if (RunProtocol.STEP.equals(RunProtocol.typeOf(m))) {
                losses.put(((Number) m.get("step")).longValue(), RunProtocol.number(m, "loss"));
            }
        }
        return losses;
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(names(expected), names(actual));
        for (String name : names(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
                    name);
        }
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : names(from)) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }
}

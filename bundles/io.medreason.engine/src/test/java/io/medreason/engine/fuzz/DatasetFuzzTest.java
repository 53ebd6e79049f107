package io.medreason.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.medreason.core.cli.UsageException;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.io.LoadResult;
import io.medreason.engine.TestData;
import io.medreason.engine.train.RecordReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 seeded mutations of a medical-o1 data set (JSON array and JSON Lines, see {@link DatasetMutator}) through
 * every reader of data sets: the editor's loader ({@link DatasetIO}, strict and lenient), train's record reader,
 * {@code medreason stats} and {@code medreason convert --dataset} in-process, and every 100th case through
 * {@code medreason train}. Each is a one-line error naming the file (exit 2 for the commands, the output file not
 * written), or a read; a lenient read of a file the strict reader refuses must say what it skipped or repaired.
 * Prints counts per mutation class, the byte classes truncated at, and the slowest case.
 */
class DatasetFuzzTest {

    private static final int CASES = 1_000;
    private static final long SEED = 0x16_2026L;

    @TempDir
    Path dir;

    @Test
    void everyMutatedDataSetIsALocatedErrorOrAReportedRead() throws Exception {
        DatasetMutator mutator = new DatasetMutator(SEED);
        Map<String, int[]> counts = new TreeMap<>(); // kind -> {strict errors, strict reads, lenient repairs}
        Slowest slowest = new Slowest();
        int trains = 0;
        for (int i = 0; i < CASES; i++) {
            int kind = i % DatasetMutator.KINDS.length;
            boolean lines = (i / DatasetMutator.KINDS.length) % 2 == 0;
            Path file = Files.write(dir.resolve("case-" + i + (lines ? ".jsonl" : ".json")), mutator.mutate(kind,
                    lines));
            String what = "case " + i + " (" + DatasetMutator.KINDS[kind] + (lines ? ", JSON Lines)" : ", array)");
            long start = System.nanoTime();
            int[] c = counts.computeIfAbsent(DatasetMutator.KINDS[kind], k -> new int[3]);
            boolean strictRead = readOrLocated(file, what + " editor strict", () -> DatasetIO.load(file));
            c[strictRead ? 1 : 0]++;
            if (strictRead && DatasetMutator.KINDS[kind].equals("truncate")) {
                String text = Files.readString(file);
                assertTrue(lines && text.strip().endsWith("}"), what + ": only a JSON Lines file cut at a record's"
                        + " end reads (with fewer records)");
            }
            lenient(file, strictRead, what, c);
            boolean trainRead = readOrLocated(file, what + " train reader", () -> RecordReader.read(file));
            assertTrue(strictRead || !trainRead, what + ": train's reader accepts nothing the editor refuses");
            command(file, what, List.of("stats", "--data", file.toString()), null);
            Path out = dir.resolve("converted-" + i + (lines ? ".jsonl" : ".json"));
            command(file, what, List.of("convert", "--profile", "s2twp", "--dataset", "--in", file.toString(),
                    "--out", out.toString()), out);
            if (i % 100 == 0) {
                train(file, what, i);
                trains++;
            }
            slowest.offer(System.nanoTime() - start, what);
            Files.deleteIfExists(file);
            Files.deleteIfExists(out);
        }
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT,
                "dataset fuzz %-16s %4d errors %4d reads (strict); %4d lenient repairs%n", k, c[0], c[1], c[2]));
        System.out.printf(Locale.ROOT, "dataset fuzz: %d cases (seed %d) through the editor's loader (strict and "
                + "lenient), train's reader, stats and convert; %d through train; truncated at byte classes %s;"
                + " slowest %s%n", CASES, SEED, trains, String.join(", ", DatasetMutator.BYTE_CLASSES), slowest);
        assertEquals(0, counts.get("valid-variant")[0], "the valid variants read");
    }

    /** True for a read; false for a located, one-line error; fails the test otherwise. */
    private static boolean readOrLocated(Path file, String what, Supplier<?> read) {
        try {
            read.get();
            return true;
        } catch (UsageException e) {
            located(file, what, e.getMessage());
            return false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(what + ": not a located error: " + e, e);
            return false;
        }
    }

    private static void located(Path file, String what, String message) {
        assertTrue(message.contains(file.toString()), what + ": the error names no file: " + message);
        assertEquals(-1, message.indexOf('\n'), what + ": one line: " + message);
    }

    private static void lenient(Path file, boolean strictRead, String what, int[] counts) {
        try {
            LoadResult r = DatasetIO.loadLenient(file);
            if (!strictRead) {
                assertFalse(r.skipped().isEmpty() && r.notes().isEmpty(), what + ": a lenient read of a file the "
                        + "strict reader refuses says what it skipped or repaired");
                assertFalse(r.summary().isBlank(), what);
                counts[2]++;
            }
        } catch (UsageException e) {
            located(file, what + " editor lenient", e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(what + " editor lenient: not a located error: " + e, e);
        }
    }

    /** Exit 0, or exit 2 with one line naming the data set and no output file. */
    private static void command(Path file, String what, List<String> args, Path out) {
        CommandRun run = CommandRun.main(args);
        String where = what + " " + args.get(0);
        assertTrue(run.code() == 0 || run.code() == 2, where + ": exit " + run.code() + ": " + run.err());
        assertFalse(run.err().contains("\tat "), where + ": stack trace: " + run.err());
        if (run.code() == 2) {
            assertTrue(run.lastErrorLine().startsWith("medreason " + args.get(0) + ": "), where + ": " + run.err());
            located(file, where, run.lastErrorLine());
            if (out != null) {
                assertFalse(Files.exists(out), where + ": a refused conversion leaves no output");
            }
        } else if (out != null) {
            assertEquals(DatasetIO.load(file).getRecords().size(), DatasetIO.load(out).getRecords().size(),
                    where + ": the converted file reads with every record");
        }
    }

    private void train(Path file, String what, int i) {
        Path output = dir.resolve("run-" + i);
        command(file, what, List.of("train", "--model", TestData.TINY_MODEL.toString(), "--data", file.toString(),
                "--output", output.toString(), "--steps", "1", "--max-length", "64", "--device", "cpu",
                "--eval-fraction", "0", "--truncation", "cut"), null);
    }
}

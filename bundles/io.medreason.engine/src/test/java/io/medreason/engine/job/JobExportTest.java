package io.medreason.engine.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.Json;
import io.medreason.core.run.TrainingConfig;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.text.QwenTokenizer;
import io.medreason.engine.train.TokenizedExample;
import io.medreason.engine.train.TrainingData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason job export} through its command: the files of a job folder, the tokens in data/*.jsonl equal to
 * what {@link TrainingData} gives a local run of the same flags (train and held-out split), flags that change the
 * tokens, and the errors.
 */
class JobExportTest {

    @Test
    void exportHoldsTheTokensALocalRunTrainsOn(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        List<String> flags = List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(),
                "--eval-fraction", "0.34", "--steps", "5", "--batch-size", "2", "--grad-accum", "1", "--lora-r", "4");
        Path job = dir.resolve("job");
        String printed = export(job, flags);
        assertTrue(printed.contains("2 training records, 1 held-out records, 5 steps"), printed);

        List<String> local = new ArrayList<>(flags);
        local.addAll(List.of("--output", job.resolve("output").toString()));
        TrainingConfig config = TrainingConfig.fromArgs(local);
        Engine.init();
        try (QwenTokenizer tokenizer = QwenTokenizer.load(TestData.TINY_MODEL)) {
            TrainingData expected = TrainingData.load(config, tokenizer);
            assertSameTokens(expected.train(), job.resolve(JobFiles.TRAIN));
            assertSameTokens(expected.eval(), job.resolve(JobFiles.EVAL));
            Map<String, Object> meta = Json.parseObject(Files.readString(job.resolve(JobFiles.META)));
            assertEquals(tokenizer.id(QwenTokenizer.END_OF_TEXT), ((Number) meta.get("pad_id")).longValue());
            assertEquals(5L, meta.get("total_steps"));
            assertEquals(32L, ((Map<?, ?>) meta.get("model")).get("hidden_size"));
        }
        List<String> fromJob = List.of("--config", job.resolve(JobFiles.CONFIG).toString());
        assertEquals(config.toJson(), TrainingConfig.fromArgs(fromJob).toJson(), "job.json is the run's --config");
        for (String script : JobFiles.SCRIPTS) {
            assertTrue(Files.isExecutable(job.resolve(script)), script);
        }
        assertTrue(Files.readString(job.resolve("train.py")).contains("def main("));
        assertTrue(Files.readString(job.resolve(JobFiles.README)).contains("srun"));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary folder left beside the job");
        }
    }

    @Test
    void conversionAndLengthFlagsChangeTheExportedTokens(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        List<String> base = List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(), "--steps",
                "1");
        export(dir.resolve("s2twp"), base);
        List<String> none = new ArrayList<>(base);
        none.addAll(List.of("--convert", "none"));
        export(dir.resolve("none"), none);
        assertNotEquals(Files.readString(dir.resolve("s2twp").resolve(JobFiles.TRAIN)),
                Files.readString(dir.resolve("none").resolve(JobFiles.TRAIN)), "--convert none reaches the tokens");
        int longestPrompt = 0;
        int longest = 0;
        for (String line : Files.readAllLines(dir.resolve("s2twp").resolve(JobFiles.TRAIN))) {
            long[] labels = longs(Json.parseObject(line).get("labels"));
            longestPrompt = Math.max(longestPrompt, (int) java.util.Arrays.stream(labels).takeWhile(l -> l == -100)
                    .count());
            longest = Math.max(longest, labels.length);
        }
        int max = longestPrompt + 1;
        assertTrue(longest > max, "the cut must shorten something: " + longest + " vs " + max);
        List<String> cut = new ArrayList<>(base);
        cut.addAll(List.of("--max-length", Integer.toString(max), "--truncation", "cut"));
        export(dir.resolve("cut"), cut);
        List<String> lines = Files.readAllLines(dir.resolve("cut").resolve(JobFiles.TRAIN));
        assertEquals(3, lines.size());
        for (String line : lines) {
            List<?> ids = (List<?>) Json.parseObject(line).get("input_ids");
            assertTrue(ids.size() <= max, "--max-length " + max + " cut: " + ids.size());
        }
    }

    @Test
    void badInputIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        List<String> flags = List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString());
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("x"), "x");
        assertMessage("--out " + busy + " is not empty", () -> export(busy, flags));
        assertMessage("missing required flag --out", () -> run(new ArrayList<>(List.of("export", "--data", "x"))));
        assertMessage("job: expected 'export'", () -> run(new ArrayList<>(List.of("import"))));
        List<String> tooShort = new ArrayList<>(flags);
        tooShort.addAll(List.of("--max-length", "8"));
        assertMessage(data + ": no record has answer tokens within --max-length 8",
                () -> export(dir.resolve("short"), tooShort));
        assertFalse(Files.exists(dir.resolve("short")), "nothing written for a failed export");
        List<String> noModel = List.of("--model", dir.resolve("nowhere").toString(), "--data", data.toString());
        assertThrows(Exception.class, () -> export(dir.resolve("nomodel"), noModel));
        assertFalse(Files.exists(dir.resolve("nomodel")));
    }

    private static void assertSameTokens(List<TokenizedExample> expected, Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertEquals(expected.size(), lines.size(), file.toString());
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> record = Json.parseObject(lines.get(i));
            TokenizedExample e = expected.get(i);
            long[] labels = e.ids().clone();
            for (int t = 0; t < e.promptLength(); t++) {
                labels[t] = -100;
            }
            assertArrayEquals(e.ids(), longs(record.get("input_ids")), file + " record " + (i + 1));
            assertArrayEquals(labels, longs(record.get("labels")), file + " record " + (i + 1));
            assertTrue(e.promptLength() > 0, "the prompt carries no loss");
        }
    }

    private static long[] longs(Object list) {
        return ((List<?>) list).stream().mapToLong(v -> ((Number) v).longValue()).toArray();
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        UsageException e = assertThrows(UsageException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private static String export(Path job, List<String> flags) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--out", job.toString()));
        args.addAll(flags);
        return run(args);
    }

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, new JobCommand().run(args, out, out));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

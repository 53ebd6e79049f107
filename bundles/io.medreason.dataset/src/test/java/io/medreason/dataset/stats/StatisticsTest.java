package io.medreason.dataset.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.model.Dataset;

/** Percentiles, histograms and over-limit counts on a file whose lengths are known by construction. */
class StatisticsTest {

    @TempDir
    Path folder;

    /** Record i (1..100) has a question of i characters, a reasoning of 2i and a response of 10. */
    private Dataset hundredRecords() throws IOException {
        Path file = folder.resolve("lengths.jsonl");
        Files.writeString(file, IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "{\"Question\": \"" + "問".repeat(i) + "\", \"Complex_CoT\": \"" + "x".repeat(2 * i)
                        + "\", \"Response\": \"" + "答".repeat(10) + "\"}")
                .collect(Collectors.joining("\n", "", "\n")));
        return DatasetIO.load(file);
    }

    @Test
    void percentilesPerFieldAndForTheWholeRecord() throws IOException {
        RecordLengths lengths = RecordLengths.measure(hundredRecords(), LengthMeasure.characters(), null, null);
        DatasetStatistics stats = DatasetStatistics.compute(lengths, 250);

        assertEquals(List.of("question", "reasoning", "response", "record"), List.copyOf(stats.fields().keySet()));
        FieldStatistics question = stats.fields().get("question");
        assertEquals(List.of(100, 1, 100, 50, 90, 95, 99), List.of(question.count(), question.min(), question.max(),
                question.p50(), question.p90(), question.p95(), question.p99()));
        assertEquals(50.5, question.mean(), 1e-9);
        FieldStatistics record = stats.record();
        assertEquals(List.of(13, 310, 160, 280), List.of(record.min(), record.max(), record.p50(), record.p90()));
        // records with 3i + 10 > 250, i.e. i >= 81: 20 of 100
        assertEquals(20, stats.overLimit());
        assertEquals(20.0, stats.overLimitPercent(), 1e-9);
    }

    @Test
    void histogramsCountEveryRecordInNiceBinsReachingTheLimit() throws IOException {
        RecordLengths lengths = RecordLengths.measure(hundredRecords(), LengthMeasure.characters(), null, null);
        DatasetStatistics stats = DatasetStatistics.compute(lengths, 2048, 40);

        Histogram record = stats.record().histogram();
        assertEquals(100, record.binWidth(), "2049 / 40 = 51.2 rounds up to 100");
        assertEquals(21, record.bins());
        assertEquals(100, java.util.Arrays.stream(record.counts()).sum());
        assertEquals(List.of(29L, 34L, 33L, 4L), java.util.Arrays.stream(record.counts()).limit(4).boxed().toList());
        assertEquals(5, stats.fields().get("question").histogram().binWidth(), "101 / 40 = 2.5 rounds up to 5");
    }

    @Test
    void wholeRecordUnderATemplateIsTheRenderedText() throws IOException {
        Dataset dataset = hundredRecords();
        TemplateRenderer template = TemplateRenderer.resolve("chatml-reasoning");
        RecordLengths lengths = RecordLengths.measure(dataset, LengthMeasure.characters(), template, null);

        String rendered = template.render(dataset.getRecords().get(6));
        assertEquals(rendered.codePointCount(0, rendered.length()), lengths.record()[6]);
        assertTrue(rendered.contains("<|im_start|>user\n" + "問".repeat(7) + "<|im_end|>"), rendered);
        assertTrue(rendered.contains("x".repeat(14)) && rendered.contains("答".repeat(10)), rendered);
        assertTrue(lengths.record()[6] > 7 + 14 + 10, "the template adds its own text");
        assertEquals("template chatml-reasoning", lengths.wholeRecord());
    }

    @Test
    void tokensComeFromTheGivenCounter() throws IOException {
        LengthMeasure words = LengthMeasure.tokens(text -> text.split(" ").length);
        assertEquals("tokens", words.unit());
        assertEquals(3, words.length("a b c"));
        assertEquals(0, words.length(""), "an empty text has no tokens");
    }
}

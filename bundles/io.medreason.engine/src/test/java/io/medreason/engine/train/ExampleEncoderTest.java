package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.template.PromptTemplate;
import io.medreason.core.template.SftRecord;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** Templating, truncation, prompt masking and the skipped-record count, with a one-token-per-character tokenizer. */
class ExampleEncoderTest {

    private static final Function<String, long[]> CHARS = s -> s.chars().asLongStream().toArray();
    private static final PromptTemplate RAW = PromptTemplate.resolve("raw", "");

    @Test
    void promptIsMaskedAndTruncationCounted() {
        ExampleEncoder encoder = new ExampleEncoder(RAW, UnaryOperator.identity(), CHARS, 8, false, false);
        ExampleEncoder.Result r = encoder.encode(List.of(SftRecord.of("ab", "", "cd"), // "ab\n\n" + "cd": 6 tokens
                SftRecord.of("abc", "", "defghij"), // 5 + 7 = 12 tokens, cut to 8: 3 answer tokens left
                SftRecord.of("abcdefgh", "", "xyz"))); // the prompt alone fills 10 > 8: no answer token left
        assertEquals(2, r.examples().size());
        TokenizedExample first = r.examples().get(0);
        assertArrayEquals(CHARS.apply("ab\n\ncd"), first.ids());
        assertEquals(4, first.promptLength());
        assertEquals(2, first.labelTokens());
        assertEquals(8, r.examples().get(1).ids().length);
        assertEquals(3, r.examples().get(1).labelTokens());
        assertEquals(new EncodeStats(3, 2, 1, 1, 0, List.of(), 14, 5), r.stats());
    }

    @Test
    void dropLeavesOutOverLengthRecordsAndNamesThem() {
        ExampleEncoder encoder = new ExampleEncoder(RAW, UnaryOperator.identity(), CHARS, 8, false, true);
        ExampleEncoder.Result r = encoder.encode(List.of(SftRecord.of("ab", "", "cd"), // 6 tokens: kept whole
                SftRecord.of("abc", "", "defghij"), // 12 tokens: dropped, not cut
                SftRecord.of("abcdefgh", "", "xyz"), // 13 tokens: dropped
                SftRecord.of("a", "", "bcd"))); // 6 tokens: kept whole
        assertEquals(2, r.examples().size());
        r.examples().forEach(e -> assertTrue(e.ids().length <= 8));
        assertArrayEquals(CHARS.apply("a\n\nbcd"), r.examples().get(1).ids());
        assertEquals(new EncodeStats(4, 2, 0, 0, 2, List.of(2, 3), 12, 5), r.stats());
        assertTrue(r.stats().toString().contains("2 dropped as longer than --max-length (records 2, 3)"),
                r.stats().toString());
    }

    @Test
    void trainOnAllLearnsEveryTokenButTheFirst() {
        ExampleEncoder encoder = new ExampleEncoder(RAW, UnaryOperator.identity(), CHARS, 100, true, true);
        TokenizedExample e = encoder.encode(List.of(SftRecord.of("ab", "", "cd"))).examples().get(0);
        assertEquals(0, e.promptLength());
        assertEquals(5, e.labelTokens());
    }

    @Test
    void conversionRunsOnEveryFieldBeforeTemplating() {
        ExampleEncoder encoder = new ExampleEncoder(PromptTemplate.defaultTemplate(), s -> s.replace('甲', '乙'),
                CHARS, 1000, false, true);
        TokenizedExample e = encoder.encode(List.of(SftRecord.of("q甲", "c甲", "r甲"))).examples().get(0);
        String text = decode(e.ids());
        assertEquals(-1, text.indexOf('甲'), text);
        assertEquals(3, text.chars().filter(c -> c == '乙').count(), text);
    }

    private static String decode(long[] ids) {
        StringBuilder b = new StringBuilder();
        for (long id : ids) {
            b.append((char) id);
        }
        return b.toString();
    }
}

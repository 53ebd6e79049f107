package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Converts the project corpus with our core and with the real {@code opencc} command and compares them line by
 * line. Goal: at least 99.9% identical lines for s2t, s2tw and s2twp. Prints the shares and differing phrases.
 */
class OpenccParityTest {

    private static final double GOAL = 0.999;

    @TempDir
    static Path work;
    static String corpus;
    static Path corpusFile;

    @BeforeAll
    static void writeCorpus() throws Exception {
        OpenccCommand.require("opencc");
        corpus = Corpus.text();
        assertTrue(corpus.length() >= 20_000, "corpus has " + corpus.length() + " chars, want >= 20,000");
        corpusFile = work.resolve("corpus.txt");
        Files.writeString(corpusFile, corpus, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "s2hk"})
    void simplifiedToTraditionalMatchesOpencc(String profile) throws Exception {
        String expected = OpenccCommand.convert(profile, corpusFile, work);
        String actual = ChineseConverter.of(profile).convert(corpus);
        assertShare(profile, expected, actual);
    }

    /** The reverse profiles, run on OpenCC's own s2twp output of the corpus (Traditional input). */
    @ParameterizedTest
    @ValueSource(strings = {"t2s", "tw2s", "tw2sp"})
    void traditionalToSimplifiedMatchesOpencc(String profile) throws Exception {
        String traditional = OpenccCommand.convert("s2twp", corpusFile, work);
        Path input = work.resolve("traditional-" + profile + ".txt");
        Files.writeString(input, traditional, StandardCharsets.UTF_8);
        String expected = OpenccCommand.convert(profile, input, work);
        assertShare(profile, expected, ChineseConverter.of(profile).convert(traditional));
    }

    @Test
    void noMeaningChangingErrorsOfOpencc4j() throws Exception {
        String converted = ChineseConverter.of("s2twp").convert(corpus);
        for (String word : List.of("皮肤科", "面瘫", "家里", "信息系统")) {
            assertTrue(corpus.contains(word), "corpus should exercise " + word);
        }
        for (String wrong : List.of("面板科", "麵癱", "家裏", "信息系統")) {
            assertFalse(converted.contains(wrong), "s2twp output contains the error " + wrong);
        }
    }

    private static void assertShare(String profile, String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        assertEquals(want.size(), got.size(), profile + ": line count differs");
        int identicalLines = 0;
        long chars = 0;
        long identicalChars = 0;
        Set<String> phrases = new LinkedHashSet<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            String g = got.get(i);
            chars += w.length();
            if (w.equals(g)) {
                identicalLines++;
                identicalChars += w.length();
            } else {
                identicalChars += sameChars(w, g);
                phrases.add(difference(w, g));
            }
        }
        double lineShare = identicalLines / (double) want.size();
        System.out.printf("%-6s identical lines %d/%d (%.3f%%), identical chars %d/%d (%.4f%%)%s%n", profile,
                identicalLines, want.size(), 100 * lineShare, identicalChars, chars, 100.0 * identicalChars / chars,
                phrases.isEmpty() ? "" : "; differing (OpenCC | ours): " + new ArrayList<>(phrases));
        assertTrue(lineShare >= GOAL, profile + ": identical lines " + lineShare + " < " + GOAL + ": " + phrases);
    }

    private static long sameChars(String a, String b) {
        long same = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            same += a.charAt(i) == b.charAt(i) ? 1 : 0;
        }
        return same;
    }

    /** The differing middle of two lines (common prefix and suffix removed), with two chars of context. */
    private static String difference(String a, String b) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int from = Math.max(0, start - 2);
        return a.substring(from, Math.min(a.length(), endA + 2)) + " | " + b.substring(from, Math.min(b.length(), endB + 2));
    }
}

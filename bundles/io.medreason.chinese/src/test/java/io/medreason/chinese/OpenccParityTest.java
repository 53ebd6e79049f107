package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Converts each file of the project corpus with our core and compares it line by line with OpenCC 1.4.2's output
 * (committed golden files, see {@link Golden}). Goal: at least 99.9% identical lines in every corpus file for every
 * profile. Prints the shares and differing phrases.
 */
class OpenccParityTest {

    private static final double GOAL = 0.999;

    static Map<String, List<String>> golden;

    @BeforeAll
    static void readGolden() throws Exception {
        golden = Golden.read("corpus");
    }

    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "s2hk"})
    void simplifiedToTraditionalMatchesOpencc(String profile) throws Exception {
        List<String> opencc = Golden.column(golden, profile);
        int from = 0;
        for (String file : Corpus.FILES) {
            List<String> source = Corpus.text(file).lines().toList();
            List<String> ours = ChineseConverter.of(profile).convert(Corpus.text(file)).lines().toList();
            assertShare(profile, file, opencc.subList(from, from + source.size()), ours);
            from += source.size();
        }
    }

    /** The reverse profiles, run on OpenCC's own s2twp output of the corpus (Traditional input). */
    @ParameterizedTest
    @ValueSource(strings = {"t2s", "tw2s", "tw2sp"})
    void traditionalToSimplifiedMatchesOpencc(String profile) {
        List<String> input = Golden.column(golden, "s2twp");
        List<String> ours = ChineseConverter.of(profile).convert(String.join("\n", input)).lines().toList();
        assertShare(profile, "corpus as s2twp", Golden.column(golden, profile), ours);
    }

    @Test
    void noMeaningChangingErrors() throws Exception {
        String corpus = Corpus.text();
        String converted = ChineseConverter.of("s2twp").convert(corpus);
        for (String word : List.of("皮肤科", "面瘫", "家里", "信息系统")) {
            assertTrue(corpus.contains(word), "corpus should exercise " + word);
        }
        for (String wrong : List.of("面板科", "麵癱", "家裏", "信息系統", "胚胎髮育")) {
            assertFalse(converted.contains(wrong), "s2twp output contains the error " + wrong);
        }
    }

    private static void assertShare(String profile, String corpus, List<String> opencc, List<String> ours) {
        LineAgreement agreement = LineAgreement.of(opencc, ours);
        System.out.printf("%-6s %-32s %s%n", profile, corpus, agreement);
        assertTrue(agreement.share() >= GOAL, profile + " on " + corpus + ": " + agreement);
    }
}

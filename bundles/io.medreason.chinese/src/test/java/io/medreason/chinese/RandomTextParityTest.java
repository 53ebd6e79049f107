package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stress test of the segmentation and stage semantics: 1,000 lines glued from random keys and values of OpenCC's
 * dictionaries (so that phrases overlap and cross segment boundaries), Latin, digits, emoji, Ideographic
 * Description Sequences and CJK Compatibility Ideographs, converted by every profile with our core and compared with
 * OpenCC 1.4.2's committed output ({@link Golden}; seeded, made by dev/opencc/golden.sh).
 */
class RandomTextParityTest {

    static Map<String, List<String>> golden;
    static String input;

    @BeforeAll
    static void readGolden() throws Exception {
        golden = Golden.read("random");
        input = String.join("\n", Golden.column(golden, "input")) + "\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "t2s", "tw2s", "tw2sp", "s2hk"})
    void everyProfileMatchesOpencc(String profile) {
        List<String> ours = ChineseConverter.of(profile).convert(input).lines().toList();
        LineAgreement agreement = LineAgreement.of(Golden.column(golden, profile), ours);
        System.out.printf("%-6s random text: %s%n", profile, agreement);
        assertTrue(agreement.differences().isEmpty(), profile + ": " + agreement);
    }
}

package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.chinese.internal.DictName;
import io.medreason.chinese.internal.Dictionaries;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Stress test of the segmentation and stage semantics: lines glued from random dictionary keys and values (so that
 * phrases overlap and cross segment boundaries), Latin, digits and emoji, converted by every profile with our core
 * and with the real {@code opencc}. Seeded, so a failure is reproducible.
 */
class RandomTextParityTest {

    private static final int LINES = 4000;
    private static final List<String> EXTRA = List.of("U盘", "PN结", "😀", "𠮷", "abc", "123", " ", "，", "。", "x86");

    @TempDir
    static Path work;
    static String text;
    static Path input;

    @BeforeAll
    static void writeRandomText() throws Exception {
        OpenccCommand.require("opencc");
        List<String> pieces = new ArrayList<>();
        for (DictName name : DictName.values()) {
            new TreeMap<>(Dictionaries.shipped().entries(name)).forEach((key, value) -> {
                pieces.add(key);
                pieces.add(value);
            });
        }
        Random random = new Random(20_241_129);
        StringBuilder out = new StringBuilder();
        for (int line = 0; line < LINES; line++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                List<String> source = random.nextInt(100) < 85 ? pieces : EXTRA;
                sb.append(source.get(random.nextInt(source.size())));
            }
            if (random.nextInt(10) < 3 && sb.length() > 2 && !Character.isSurrogate(sb.charAt(0))) {
                sb.deleteCharAt(0); // start inside a phrase
            }
            out.append(sb).append('\n');
        }
        text = out.toString();
        input = work.resolve("random.txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"s2t", "s2tw", "s2twp", "t2s", "tw2s", "tw2sp", "s2hk"})
    void everyProfileMatchesOpencc(String profile) throws Exception {
        List<String> expected = OpenccCommand.convert(profile, input, work).lines().toList();
        List<String> actual = ChineseConverter.of(profile).convert(text).lines().toList();
        assertEquals(expected.size(), actual.size());
        Map<Integer, String> differing = new TreeMap<>();
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                differing.put(i + 1, expected.get(i) + " | " + actual.get(i));
            }
        }
        System.out.printf("%-6s random text: %d/%d identical lines%n", profile, LINES - differing.size(), LINES);
        assertTrue(differing.size() <= LINES / 1000, profile + " differs from OpenCC on lines " + differing);
    }
}

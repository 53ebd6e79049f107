import io.medreason.chinese.ChineseConverter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares our conversion of any UTF-8 file with the real OpenCC's, line by line, and prints the identical share and
 * the most frequent differing phrases. Usage: {@code java -cp CLASSPATH Compare.java PROFILE FILE [OPENCC_OUTPUT]};
 * run through compare.sh, which produces OPENCC_OUTPUT with the {@code opencc} command.
 */
public final class Compare {

    public static void main(String[] args) throws Exception {
        String profile = args[0];
        String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        List<String> expected = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).lines().toList();
        long start = System.nanoTime();
        List<String> actual = ChineseConverter.of(profile).convert(text).lines().toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (expected.size() != actual.size()) {
            System.out.println("line counts differ: opencc " + expected.size() + ", ours " + actual.size());
            System.exit(1);
        }
        int same = 0;
        Map<String, Integer> phrases = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i).equals(actual.get(i))) {
                same++;
            } else {
                phrases.merge(difference(expected.get(i), actual.get(i)), 1, Integer::sum);
            }
        }
        System.out.printf("%s: %d/%d identical lines (%.4f%%), %d chars converted in %.2f s (first call included)%n",
                profile, same, expected.size(), 100.0 * same / expected.size(), text.length(), seconds);
        phrases.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(30)
                .forEach(e -> System.out.println("  " + e.getValue() + "x  opencc | ours: " + e.getKey()));
    }

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
        return a.substring(start, endA) + " | " + b.substring(start, endB);
    }
}

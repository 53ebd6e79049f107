import io.medreason.chinese.ChineseConverter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares our conversion of any UTF-8 file with OpenCC 1.4.2's, line by line, and prints the identical share and
 * the most frequent differing phrases; exits 1 below MIN percent. Usage:
 * {@code java -cp CLASSES Compare.java PROFILE FILE OPENCC_OUTPUT [MIN]}; run through compare.sh, which produces
 * OPENCC_OUTPUT with opencc-js.
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
        double min = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        if (100.0 * same / expected.size() < min) {
            System.out.printf("%s: below %.1f%% identical lines%n", profile, min);
            System.exit(1);
        }
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

package io.medreason.dataset.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * A heuristic list of about 350 common characters that exist only in Simplified Chinese (each one is changed by OpenCC
 * {@code s2tw}; characters that are also valid Traditional, such as 台, 后, 里, 面, 干, are left out), stored in
 * {@code simplified-only.txt} beside this class.
 */
public final class SimplifiedCharacters {

    private static final BitSet SIMPLIFIED = load();

    private SimplifiedCharacters() {
    }

    private static BitSet load() {
        try (InputStream in = SimplifiedCharacters.class.getResourceAsStream("simplified-only.txt")) {
            BitSet set = new BitSet(0x10000);
            new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().chars().forEach(set::set);
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean isSimplifiedOnly(char c) {
        return SIMPLIFIED.get(c);
    }

    /** The distinct Simplified-only characters of {@code text} in order of appearance (empty when none). */
    public static String find(String text) {
        StringBuilder found = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && SIMPLIFIED.get(c)) {
                if (found == null) {
                    found = new StringBuilder();
                }
                if (found.indexOf(String.valueOf(c)) < 0) {
                    found.append(c);
                }
            }
        }
        return found == null ? "" : found.toString();
    }

    /** True when {@code text} has a CJK unified ideograph. */
    public static boolean hasChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }
}

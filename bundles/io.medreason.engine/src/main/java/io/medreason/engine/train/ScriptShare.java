package io.medreason.engine.train;

import io.medreason.chinese.ChineseConverter;

/**
 * How much of a text is written in Traditional characters: among the Han characters that differ between the
 * scripts, the share in their Traditional form (t2s would change them) rather than their Simplified form (s2t would
 * change them). Characters shared by both scripts (人, 的, 是…) are counted in neither.
 *
 * @param han Han characters in the text
 * @param traditional characters only Traditional text uses
 * @param simplified characters only Simplified text uses
 */
public record ScriptShare(int han, int traditional, int simplified) {

    /** Counts the characters of {@code text}. */
    public static ScriptShare of(String text) {
        ChineseConverter t2s = ChineseConverter.of("t2s");
        ChineseConverter s2t = ChineseConverter.of("s2t");
        int han = 0;
        int trad = 0;
        int simp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                continue;
            }
            han++;
            String c = new String(Character.toChars(cp));
            if (!t2s.convert(c).equals(c)) {
                trad++;
            } else if (!s2t.convert(c).equals(c)) {
                simp++;
            }
        }
        return new ScriptShare(han, trad, simp);
    }

    /** Traditional share among the script-specific characters, NaN when there are none. */
    public double traditionalShare() {
        return traditional + simplified == 0 ? Double.NaN : traditional / (double) (traditional + simplified);
    }
}

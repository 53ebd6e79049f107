package io.medreason.chinese.internal;

/**
 * How far OpenCC steps over text no key matches: one code point, or a whole Ideographic Description Sequence (an
 * operator U+2FF0–U+2FFF followed by its operands, e.g. ⿰氵每), which is copied unconverted as one unit.
 */
final class Unmatched {

    private static final int MAX_DEPTH = 16;
    private static final int MAX_CODE_POINTS = 64;

    private Unmatched() {
    }

    /** Length in UTF-16 units of the unit at {@code start} (a complete IDS, else one code point). */
    static int step(CharSequence text, int start, int end) {
        int ids = ids(text, start, end);
        return ids > 0 ? ids : Character.charCount(Character.codePointAt(text, start));
    }

    private static int ids(CharSequence text, int start, int end) {
        if (arity(text.charAt(start)) == 0) {
            return 0;
        }
        int[] codePoints = {0};
        int consumed = consume(text, start, end, MAX_DEPTH, codePoints);
        return Math.max(consumed, 0);
    }

    /** Units consumed by the sequence at {@code i}, or -1 when it is incomplete or invalid. */
    private static int consume(CharSequence text, int i, int end, int depthLeft, int[] codePoints) {
        if (i >= end || depthLeft == 0 || codePoints[0] >= MAX_CODE_POINTS) {
            return -1;
        }
        codePoints[0]++;
        int codePoint = Character.codePointAt(text, i);
        int at = i + Character.charCount(codePoint);
        if (at > end) {
            return -1;
        }
        for (int operand = arity(codePoint); operand > 0; operand--) {
            int length = consume(text, at, end, depthLeft - 1, codePoints);
            if (length < 0) {
                return -1;
            }
            at += length;
        }
        return at - i;
    }

    private static int arity(int codePoint) {
        return switch (codePoint) {
            case 0x2FF2, 0x2FF3 -> 3;
            case 0x2FFE, 0x2FFF -> 1;
            default -> codePoint >= 0x2FF0 && codePoint <= 0x2FFD ? 2 : 0;
        };
    }
}

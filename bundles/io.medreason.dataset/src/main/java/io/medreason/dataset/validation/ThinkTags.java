package io.medreason.dataset.validation;

/** Checks that {@code <think>} and {@code </think>} tags in a text pair up in order. */
final class ThinkTags {

    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    private ThinkTags() {
    }

    /** A message describing the imbalance, or null when the tags are balanced (or absent). */
    static String check(String text) {
        if (text.indexOf("think>") < 0) {
            return null;
        }
        int depth = 0;
        int opens = 0;
        int closes = 0;
        int i = 0;
        while (true) {
            int open = text.indexOf(OPEN, i);
            int close = text.indexOf(CLOSE, i);
            if (open < 0 && close < 0) {
                break;
            }
            if (open >= 0 && (close < 0 || open < close)) {
                depth++;
                opens++;
                i = open + OPEN.length();
            } else {
                if (depth == 0) {
                    return "</think> at character " + close + " without an opening <think>";
                }
                depth--;
                closes++;
                i = close + CLOSE.length();
            }
        }
        return opens == closes ? null : opens + " <think> but " + closes + " </think>";
    }
}

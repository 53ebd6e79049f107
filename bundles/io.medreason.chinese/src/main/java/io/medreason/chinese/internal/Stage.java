package io.medreason.chinese.internal;

/**
 * One step of an OpenCC conversion chain: maximum-match replacement over a segment with one dictionary (or group).
 * Text no key matches is copied as it is, one code point (or Ideographic Description Sequence) at a time.
 */
public final class Stage {

    private final Dictionary dictionary;

    public Stage(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Converts {@code segment}; returns the same instance when nothing changed. */
    public String apply(String segment) {
        int length = segment.length();
        StringBuilder out = null;
        int i = 0;
        while (i < length) {
            Dictionary.Entry entry = dictionary.match(segment, i, length);
            if (entry == null) {
                int step = Unmatched.step(segment, i, length);
                if (out != null) {
                    out.append(segment, i, i + step);
                }
                i += step;
                continue;
            }
            if (out == null) {
                if (segment.regionMatches(i, entry.value(), 0, entry.length())
                        && entry.value().length() == entry.length()) {
                    i += entry.length();
                    continue;
                }
                out = new StringBuilder(length + 8).append(segment, 0, i);
            }
            out.append(entry.value());
            i += entry.length();
        }
        return out == null ? segment : out.toString();
    }
}

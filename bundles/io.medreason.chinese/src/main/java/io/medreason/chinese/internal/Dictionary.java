package io.medreason.chinese.internal;

/**
 * A conversion dictionary in OpenCC's sense: it answers "which key is the longest prefix of the text at this
 * position" ({@code MatchPrefix}). Implementations are immutable and safe to share between threads.
 */
public interface Dictionary {

    /**
     * The entry whose key is the longest prefix of {@code text[start, end)}, or {@code null} when no key matches.
     */
    Entry match(CharSequence text, int start, int end);

    /** One dictionary entry: the key length in UTF-16 units and the default (first) value. */
    record Entry(int length, String value) {
    }
}

package io.medreason.chinese.internal;

/**
 * OpenCC's maximum-match segmentation ({@code mmseg}): at each position the longest key of the segmentation
 * dictionary becomes a segment of its own; text between matches (Latin, digits, emoji, Chinese no phrase covers) is
 * collected into one segment. Offsets never split a surrogate pair or an Ideographic Description Sequence.
 */
public final class MaxMatchSegment {

    /** Receives the segments in order as source ranges. */
    @FunctionalInterface
    public interface Sink {
        void segment(int start, int end);
    }

    private final Dictionary dictionary;

    /** @param dictionary the segmentation dictionary, or {@code null}: then the whole text is one segment */
    public MaxMatchSegment(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Cuts {@code text} into segments and passes each one to {@code sink}. */
    public void segment(String text, Sink sink) {
        int length = text.length();
        if (dictionary == null) {
            if (length > 0) {
                sink.segment(0, length);
            }
            return;
        }
        int runStart = 0;
        int i = 0;
        while (i < length) {
            Dictionary.Entry entry = dictionary.match(text, i, length);
            if (entry == null) {
                i += Unmatched.step(text, i, length);
                continue;
            }
            if (runStart < i) {
                sink.segment(runStart, i);
            }
            sink.segment(i, i + entry.length());
            i += entry.length();
            runStart = i;
        }
        if (runStart < length) {
            sink.segment(runStart, length);
        }
    }
}

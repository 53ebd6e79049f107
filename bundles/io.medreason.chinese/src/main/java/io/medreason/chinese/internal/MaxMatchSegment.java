package io.medreason.chinese.internal;

import com.github.houbb.opencc4j.support.segment.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC's maximum-match segmentation, as an opencc4j {@link Segment} plug-in: at each position the longest key of
 * the segmentation dictionary becomes a segment of its own; text between matches (Latin, digits, emoji, characters
 * outside the BMP, Chinese no phrase covers) is collected into one segment. Offsets never split a surrogate pair.
 */
public final class MaxMatchSegment implements Segment {

    /** Receives the segments in order as source ranges. */
    @FunctionalInterface
    public interface Sink {
        void segment(int start, int end);
    }

    private final Dictionary dictionary;

    public MaxMatchSegment(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Cuts {@code text} into segments and passes each one to {@code sink}. */
    public void segment(String text, Sink sink) {
        int length = text.length();
        int runStart = 0;
        int i = 0;
        while (i < length) {
            Dictionary.Entry entry = dictionary.match(text, i, length);
            if (entry == null) {
                i += Character.charCount(text.codePointAt(i));
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

    @Override
    public List<String> seg(String text) {
        List<String> segments = new ArrayList<>();
        segment(text, (start, end) -> segments.add(text.substring(start, end)));
        return segments;
    }
}

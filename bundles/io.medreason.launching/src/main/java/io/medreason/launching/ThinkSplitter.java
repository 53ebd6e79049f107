package io.medreason.launching;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a streamed answer into its {@code <think>…</think>} reasoning and the final answer, piece by piece, even
 * when a tag arrives cut in two pieces. The tags themselves are kept in the reasoning part.
 */
public final class ThinkSplitter {

    /** A piece of text and whether it belongs to the reasoning. */
    public record Segment(String text, boolean thinking) {
    }

    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    private final StringBuilder pending = new StringBuilder();
    private boolean thinking;

    /** The segments that can be shown after {@code piece} arrived. */
    public List<Segment> feed(String piece) {
        pending.append(piece);
        List<Segment> out = new ArrayList<>();
        while (true) {
            String tag = thinking ? CLOSE : OPEN;
            int at = pending.indexOf(tag);
            if (at < 0) {
                break;
            }
            int cut = thinking ? at + tag.length() : at;
            add(out, pending.substring(0, cut), thinking);
            pending.delete(0, cut);
            if (!thinking) {
                add(out, tag, true);
                pending.delete(0, tag.length());
            }
            thinking = !thinking;
        }
        int keep = partialTag(thinking ? CLOSE : OPEN);
        add(out, pending.substring(0, pending.length() - keep), thinking);
        pending.delete(0, pending.length() - keep);
        return out;
    }

    /** What is left at the end of the answer. */
    public List<Segment> flush() {
        List<Segment> out = new ArrayList<>();
        add(out, pending.toString(), thinking);
        pending.setLength(0);
        thinking = false;
        return out;
    }

    private int partialTag(String tag) {
        for (int k = Math.min(tag.length() - 1, pending.length()); k > 0; k--) {
            if (tag.startsWith(pending.substring(pending.length() - k))) {
                return k;
            }
        }
        return 0;
    }

    private static void add(List<Segment> out, String text, boolean thinking) {
        if (!text.isEmpty()) {
            out.add(new Segment(text, thinking));
        }
    }
}

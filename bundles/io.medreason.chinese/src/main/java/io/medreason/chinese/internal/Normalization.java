package io.medreason.chinese.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC's {@code normalization} pre-pass: maximum-match replacement over the whole text (no segmentation), e.g. CJK
 * Compatibility Ideographs to their unified forms, before segmentation and conversion. For change tracking it can
 * map pieces of the normalized text back to source offsets.
 */
public final class Normalization {

    private final Dictionary dictionary;
    private final Stage stage;

    /** @param dictionary the normalization dictionary, or {@code null} for none */
    public Normalization(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.stage = dictionary == null ? null : new Stage(dictionary);
    }

    /** The normalized text (the same instance when nothing changes). */
    public String apply(String text) {
        return stage == null ? text : stage.apply(text);
    }

    /**
     * For each UTF-16 offset of {@code apply(text)} (and its end), the source offset it comes from, or {@code null}
     * when normalization changes nothing. Offsets inside a replacement map to the replacement's source start.
     */
    public int[] sourceOffsets(String text, String normalized) {
        if (normalized == text) {
            return null;
        }
        int[] offsets = new int[normalized.length() + 1];
        int out = 0;
        for (int i = 0; i < text.length();) {
            Dictionary.Entry entry = dictionary.match(text, i, text.length());
            int length = entry != null ? entry.length() : Unmatched.step(text, i, text.length());
            int produced = entry != null ? entry.value().length() : length;
            for (int k = 0; k < produced; k++) {
                offsets[out + k] = entry != null ? i : i + k;
            }
            out += produced;
            i += length;
        }
        offsets[out] = text.length();
        return offsets;
    }

    /** {@code pieces} of the normalized text with their source ranges moved to the original text. */
    public static List<Piece> toSource(List<Piece> pieces, int[] offsets) {
        if (offsets == null) {
            return pieces;
        }
        List<Piece> moved = new ArrayList<>(pieces.size());
        for (Piece piece : pieces) {
            moved.add(new Piece(offsets[piece.sourceStart()], offsets[piece.sourceEnd()], piece.output()));
        }
        return moved;
    }
}

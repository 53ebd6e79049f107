package io.medreason.chinese.internal;

import java.util.List;

/**
 * The {@code s2twp-med} pass: maximum-match replacement of medical terms over the whole {@code s2twp} output (not
 * per segment, so a term is found even where the segmentation cut through it).
 */
public final class MedicalPass {

    private final Stage stage;
    private final PieceRewriter rewriter;

    public MedicalPass(Dictionary dictionary) {
        this.stage = new Stage(dictionary);
        this.rewriter = new PieceRewriter(dictionary);
    }

    /** Applies the pass to plain text. */
    public String apply(String text) {
        return stage.apply(text);
    }

    /** Applies the pass to converted pieces; pieces that one term spans are merged into one. */
    public List<Piece> apply(List<Piece> pieces) {
        return rewriter.apply(pieces);
    }
}

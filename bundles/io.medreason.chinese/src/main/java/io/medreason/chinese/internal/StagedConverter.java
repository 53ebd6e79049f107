package io.medreason.chinese.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC's conversion algorithm for one {@link OpenccConfig}: the normalization pre-pass over the whole text, then
 * {@link MaxMatchSegment} over the segmentation dictionary, then each segment through the stages in order; {@code
 * s2twp-med} adds the {@link MedicalPass}. Immutable and thread-safe once built.
 */
public final class StagedConverter {

    private final Normalization normalization;
    private final MaxMatchSegment segmentation;
    private final Stage[] stages;
    private final PieceRewriter[] rewriters;
    private final Dictionary firstStage;
    private final MedicalPass medical;

    /** @param medical the medical pass, or {@code null} for none */
    public StagedConverter(OpenccConfig config, Dictionaries dictionaries, MedicalPass medical) {
        this.normalization = new Normalization(
                config.normalization() == null ? null : dictionaries.dictionary(config.normalization()));
        this.segmentation = new MaxMatchSegment(
                config.segmentation() == null ? null : dictionaries.dictionary(config.segmentation()));
        List<Dictionary> groups = config.chain().stream().map(dictionaries::dictionary).toList();
        this.stages = groups.stream().map(Stage::new).toArray(Stage[]::new);
        this.rewriters = groups.stream().map(PieceRewriter::new).toArray(PieceRewriter[]::new);
        this.firstStage = groups.get(0);
        this.medical = medical;
    }

    /** Converts {@code text}. */
    public String convert(String text) {
        String normalized = normalization.apply(text);
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        segmentation.segment(normalized, (start, end) -> out.append(convertSegment(normalized.substring(start, end))));
        String converted = out.toString();
        return medical == null ? converted : medical.apply(converted);
    }

    /**
     * Converts {@code text}, keeping which source range became which output: within each segment the first stage's
     * tokens (a dictionary match, or one code point) are the pieces, and every later stage merges only the pieces
     * one of its keys spans. Same output as {@link #convert}.
     */
    public List<Piece> pieces(String text) {
        String normalized = normalization.apply(text);
        List<Piece> pieces = new ArrayList<>();
        segmentation.segment(normalized, (start, end) -> pieces.addAll(trackSegment(normalized, start, end)));
        List<Piece> source = Normalization.toSource(pieces, normalization.sourceOffsets(text, normalized));
        return medical == null ? source : medical.apply(source);
    }

    /** Stage 1 tokens become the first pieces (a match, or one unmatched unit); later stages rewrite them. */
    private List<Piece> trackSegment(String text, int start, int end) {
        List<Piece> atoms = new ArrayList<>();
        for (int i = start; i < end;) {
            Dictionary.Entry entry = firstStage.match(text, i, end);
            int next = entry != null ? i + entry.length() : i + Unmatched.step(text, i, end);
            atoms.add(new Piece(i, next, entry != null ? entry.value() : text.substring(i, next)));
            i = next;
        }
        for (int k = 1; k < rewriters.length; k++) {
            atoms = rewriters[k].apply(atoms);
        }
        return atoms;
    }

    private String convertSegment(String segment) {
        String result = segment;
        for (Stage stage : stages) {
            result = stage.apply(result);
        }
        return result;
    }
}

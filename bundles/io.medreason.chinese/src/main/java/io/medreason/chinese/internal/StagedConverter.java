package io.medreason.chinese.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenCC's conversion algorithm for one {@link Profile}: the text is cut by {@link MaxMatchSegment} over the
 * segmentation dictionary, each segment runs through the stages in order, and {@code s2twp-med} adds the
 * {@link MedicalPass}. Immutable and thread-safe once built.
 */
public final class StagedConverter {

    private final MaxMatchSegment segmentation;
    private final Stage[] stages;
    private final PieceRewriter[] rewriters;
    private final Dictionary firstStage;
    private final MedicalPass medical;

    /** @param medical the medical pass, or {@code null} for none */
    public StagedConverter(Profile profile, Dictionaries dictionaries, MedicalPass medical) {
        this.segmentation = new MaxMatchSegment(dictionaries.trie(profile.segmentation()));
        List<Stage> built = new ArrayList<>();
        List<PieceRewriter> trackers = new ArrayList<>();
        List<Dictionary> groups = new ArrayList<>();
        for (List<DictName> group : profile.chain()) {
            Dictionary dictionary = new DictionaryGroup(group.stream().map(dictionaries::trie).toList());
            groups.add(dictionary);
            built.add(new Stage(dictionary));
            trackers.add(new PieceRewriter(dictionary));
        }
        this.stages = built.toArray(Stage[]::new);
        this.rewriters = trackers.toArray(PieceRewriter[]::new);
        this.firstStage = groups.get(0);
        this.medical = medical;
    }

    /** Converts {@code text}. */
    public String convert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        segmentation.segment(text, (start, end) -> out.append(convertSegment(text.substring(start, end))));
        String converted = out.toString();
        return medical == null ? converted : medical.apply(converted);
    }

    /**
     * Converts {@code text}, keeping which source range became which output: within each segment the first stage's
     * tokens (a dictionary match, or one code point) are the pieces, and every later stage merges only the pieces
     * one of its keys spans. Same output as {@link #convert}.
     */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        segmentation.segment(text, (start, end) -> pieces.addAll(trackSegment(text, start, end)));
        return medical == null ? pieces : medical.apply(pieces);
    }

    /** Stage 1 tokens become the first pieces (a match, or one code point); later stages rewrite them. */
    private List<Piece> trackSegment(String text, int start, int end) {
        List<Piece> atoms = new ArrayList<>();
        for (int i = start; i < end;) {
            Dictionary.Entry entry = firstStage.match(text, i, end);
            int next = entry != null ? i + entry.length() : i + Character.charCount(text.codePointAt(i));
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

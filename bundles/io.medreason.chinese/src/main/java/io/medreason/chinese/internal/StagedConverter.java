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
    private final MedicalPass medical;

    /** @param medical the medical pass, or {@code null} for none */
    public StagedConverter(Profile profile, Dictionaries dictionaries, MedicalPass medical) {
        this.segmentation = new MaxMatchSegment(dictionaries.trie(profile.segmentation()));
        List<Stage> built = new ArrayList<>();
        for (List<DictName> group : profile.chain()) {
            built.add(new Stage(new DictionaryGroup(group.stream().map(dictionaries::trie).toList())));
        }
        this.stages = built.toArray(Stage[]::new);
        this.medical = medical;
    }

    /** Converts {@code text}. */
    public String convert(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        segmentation.segment(text, (start, end) -> out.append(convertSegment(text.substring(start, end))));
        String converted = out.toString();
        return medical == null ? converted : medical.apply(converted);
    }

    /** Converts {@code text}, keeping which source range became which output. */
    public List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        segmentation.segment(text,
                (start, end) -> pieces.add(new Piece(start, end, convertSegment(text.substring(start, end)))));
        return medical == null ? pieces : medical.apply(pieces);
    }

    private String convertSegment(String segment) {
        String result = segment;
        for (Stage stage : stages) {
            result = stage.apply(result);
        }
        return result;
    }
}

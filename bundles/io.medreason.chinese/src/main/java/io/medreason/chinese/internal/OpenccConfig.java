package io.medreason.chinese.internal;

import static io.medreason.chinese.internal.DictName.CJK_COMPATIBILITY_IDEOGRAPHS;
import static io.medreason.chinese.internal.DictSpec.file;

import java.util.List;

/**
 * The parts of an OpenCC configuration file ({@code s2twp.json}) that decide the output.
 *
 * @param normalization the dictionary of the {@code normalization} pre-pass over the whole text, or {@code null}
 * @param segmentation the {@code mmseg} dictionary, or {@code null} when the text is one segment
 * @param chain the {@code conversion_chain}: one dictionary per stage, applied to each segment in order
 */
public record OpenccConfig(DictSpec normalization, DictSpec segmentation, List<DictSpec> chain) {

    /** The normalization every OpenCC 1.4 configuration has. */
    static final DictSpec NORMALIZATION = file(CJK_COMPATIBILITY_IDEOGRAPHS);

    public OpenccConfig {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a conversion chain needs at least one stage");
        }
    }

    static OpenccConfig of(DictSpec segmentation, DictSpec... chain) {
        return new OpenccConfig(NORMALIZATION, segmentation, List.of(chain));
    }
}

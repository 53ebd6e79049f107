package io.medreason.chinese.internal;

import static io.medreason.chinese.internal.DictName.HK_VARIANTS;
import static io.medreason.chinese.internal.DictName.ST_CHARACTERS;
import static io.medreason.chinese.internal.DictName.ST_PHRASES;
import static io.medreason.chinese.internal.DictName.TS_CHARACTERS;
import static io.medreason.chinese.internal.DictName.TS_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_PHRASES_REV;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS_REV;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS_REV_PHRASES;

import java.util.List;

/**
 * The conversion profiles, each a transcription of the OpenCC configuration file of the same name
 * ({@code /usr/share/opencc/s2twp.json}): the segmentation dictionary and the conversion chain, one group of
 * dictionaries per stage. {@code s2twp-med} is {@code s2twp} followed by the project's medical Taiwan pass.
 */
public enum Profile {
    S2T("s2t", ST_PHRASES, false, List.of(ST_PHRASES, ST_CHARACTERS)),
    S2TW("s2tw", ST_PHRASES, false, List.of(ST_PHRASES, ST_CHARACTERS), List.of(TW_VARIANTS)),
    S2TWP("s2twp", ST_PHRASES, false, List.of(ST_PHRASES, ST_CHARACTERS), List.of(TW_PHRASES), List.of(TW_VARIANTS)),
    T2S("t2s", TS_PHRASES, false, List.of(TS_PHRASES, TS_CHARACTERS)),
    TW2S("tw2s", TS_PHRASES, false, List.of(TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV),
            List.of(TS_PHRASES, TS_CHARACTERS)),
    TW2SP("tw2sp", TS_PHRASES, false, List.of(TW_PHRASES_REV, TW_VARIANTS_REV_PHRASES, TW_VARIANTS_REV),
            List.of(TS_PHRASES, TS_CHARACTERS)),
    S2HK("s2hk", ST_PHRASES, false, List.of(ST_PHRASES, ST_CHARACTERS), List.of(HK_VARIANTS)),
    S2TWP_MED("s2twp-med", ST_PHRASES, true, List.of(ST_PHRASES, ST_CHARACTERS), List.of(TW_PHRASES),
            List.of(TW_VARIANTS));

    private final String id;
    private final DictName segmentation;
    private final boolean medical;
    private final List<List<DictName>> chain;

    @SafeVarargs
    Profile(String id, DictName segmentation, boolean medical, List<DictName>... chain) {
        this.id = id;
        this.segmentation = segmentation;
        this.medical = medical;
        this.chain = List.of(chain);
    }

    /** The name users type, e.g. {@code s2twp}. */
    public String id() {
        return id;
    }

    /** Dictionary whose keys cut the text into segments (OpenCC's {@code mmseg}). */
    public DictName segmentation() {
        return segmentation;
    }

    /** Stages in order; each stage is a group of dictionaries, the first matching one wins. */
    public List<List<DictName>> chain() {
        return chain;
    }

    /** Whether the medical Taiwan pass runs after the chain. */
    public boolean medical() {
        return medical;
    }

    /** The profile called {@code id}, or {@code null}. */
    public static Profile byId(String id) {
        for (Profile profile : values()) {
            if (profile.id.equals(id)) {
                return profile;
            }
        }
        return null;
    }
}

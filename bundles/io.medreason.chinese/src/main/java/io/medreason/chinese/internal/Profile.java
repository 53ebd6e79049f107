package io.medreason.chinese.internal;

import static io.medreason.chinese.internal.DictName.HK_VARIANTS;
import static io.medreason.chinese.internal.DictName.HK_VARIANTS_PHRASES;
import static io.medreason.chinese.internal.DictName.ST_CHARACTERS;
import static io.medreason.chinese.internal.DictName.ST_PHRASES;
import static io.medreason.chinese.internal.DictName.ST_PHRASES_GENERATED_FROM_REGIONAL_PHRASES;
import static io.medreason.chinese.internal.DictName.TS_CHARACTERS;
import static io.medreason.chinese.internal.DictName.TS_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_PHRASES_REV;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS_REV;
import static io.medreason.chinese.internal.DictName.TW_VARIANTS_REV_PHRASES;
import static io.medreason.chinese.internal.DictSpec.file;
import static io.medreason.chinese.internal.DictSpec.shortCircuit;
import static io.medreason.chinese.internal.DictSpec.union;

/**
 * The conversion profiles, each a transcription of OpenCC 1.4's configuration file of the same name ({@code
 * data/config/s2twp.json}; dictionaries marked {@code may_output_tofu} are left out, as OpenCC does by default).
 * {@code s2twp-med} is {@code s2twp} followed by the project's medical Taiwan pass.
 */
public enum Profile {
    S2T("s2t", false, OpenccConfig.of(null, Chains.ST)),
    S2TW("s2tw", false, OpenccConfig.of(Chains.ST_SEGMENTS, Chains.ST,
            shortCircuit(file(TW_VARIANTS_PHRASES), file(TW_VARIANTS)))),
    S2TWP("s2twp", false, Chains.S2TWP),
    T2S("t2s", false, OpenccConfig.of(null, Chains.TS)),
    TW2S("tw2s", false, OpenccConfig.of(file(TS_PHRASES),
            shortCircuit(file(TW_VARIANTS_REV_PHRASES), file(TW_VARIANTS_REV)), Chains.TS)),
    TW2SP("tw2sp", false, OpenccConfig.of(file(TS_PHRASES),
            shortCircuit(file(TW_PHRASES_REV), file(TW_VARIANTS_REV_PHRASES), file(TW_VARIANTS_REV)), Chains.TS)),
    S2HK("s2hk", false, OpenccConfig.of(Chains.ST_SEGMENTS, Chains.ST,
            shortCircuit(file(HK_VARIANTS_PHRASES), file(HK_VARIANTS)))),
    S2TWP_MED("s2twp-med", true, Chains.S2TWP);

    /** Shared parts of the configurations. */
    private static final class Chains {
        static final DictSpec ST_SEGMENTS = union(file(ST_PHRASES), file(ST_PHRASES_GENERATED_FROM_REGIONAL_PHRASES));
        static final DictSpec ST = shortCircuit(ST_SEGMENTS, file(ST_CHARACTERS));
        static final DictSpec TS = shortCircuit(file(TS_PHRASES), file(TS_CHARACTERS));
        static final OpenccConfig S2TWP = OpenccConfig.of(ST_SEGMENTS, ST,
                shortCircuit(file(TW_PHRASES), file(TW_VARIANTS_PHRASES), file(TW_VARIANTS)));
    }

    private final String id;
    private final boolean medical;
    private final OpenccConfig config;

    Profile(String id, boolean medical, OpenccConfig config) {
        this.id = id;
        this.medical = medical;
        this.config = config;
    }

    /** The name users type, e.g. {@code s2twp}. */
    public String id() {
        return id;
    }

    /** The OpenCC configuration this profile runs. */
    public OpenccConfig config() {
        return config;
    }

    /** The OpenCC configuration file it transcribes, e.g. {@code s2twp} for {@code s2twp-med}. */
    public String opencc() {
        return medical ? S2TWP.id : id;
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

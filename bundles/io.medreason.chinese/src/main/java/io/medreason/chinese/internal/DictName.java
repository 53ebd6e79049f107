package io.medreason.chinese.internal;

/**
 * The OpenCC dictionaries our profiles use, named as in OpenCC ({@code STPhrases.ocd2} is {@link #ST_PHRASES}), and
 * where each one's entries come from: most are OpenCC 1.4.2's text files as shipped; a few are derived from them at
 * run time the way OpenCC's {@code data/scripts} derive them at build time.
 */
public enum DictName {
    CJK_COMPATIBILITY_IDEOGRAPHS("CJK_Compatibility_Ideographs", Source.SHIPPED, null),
    /** Simplified to Traditional phrases; with the generated regional phrases, the segmentation of the s2* profiles. */
    ST_PHRASES("STPhrases", Source.SHIPPED, null),
    ST_CHARACTERS("STCharacters", Source.SHIPPED, null),
    TS_PHRASES("TSPhrases", Source.SHIPPED, null),
    TS_CHARACTERS("TSCharacters", Source.SHIPPED, null),
    TW_PHRASES("TWPhrases", Source.SHIPPED, null),
    TW_PHRASES_REV("TWPhrasesRev", Source.SHIPPED, null),
    TW_VARIANTS("TWVariants", Source.SHIPPED, null),
    TW_VARIANTS_PHRASES("TWVariantsPhrases", Source.SHIPPED, null),
    TW_VARIANTS_REV_PHRASES("TWVariantsRevPhrases", Source.SHIPPED, null),
    HK_VARIANTS("HKVariants", Source.SHIPPED, null),
    HK_VARIANTS_PHRASES("HKVariantsPhrases", Source.SHIPPED, null),
    HK_PHRASES("HKPhrases", Source.SHIPPED, null),
    /** {@code reverse.py}: TWVariants with keys and values swapped. */
    TW_VARIANTS_REV("TWVariantsRev", Source.REVERSED, TW_VARIANTS),
    /** {@code extract_tofu_risk.py}: the {@code @tofu-risk} lines of TSCharacters (only t2s with tofu risk). */
    TS_CHARACTERS_EXT("TSCharactersExt", Source.TOFU_RISK, TS_CHARACTERS),
    /** {@code generate_st_phrases_from_regional_phrases.py}: see {@link RegionalPhrases}. */
    ST_PHRASES_GENERATED_FROM_REGIONAL_PHRASES("STPhrases_GeneratedFromRegionalPhrases", Source.REGIONAL, null);

    /** Where a dictionary's entries come from. */
    public enum Source {
        /** {@code dict/opencc/NAME.txt} as shipped by OpenCC. */
        SHIPPED,
        /** Another dictionary with keys and values swapped. */
        REVERSED,
        /** The entries of another dictionary that carry a {@code # @tofu-risk:} line above them. */
        TOFU_RISK,
        /** Simplified forms of the regional phrase keys (HKPhrases, TWPhrases). */
        REGIONAL
    }

    private final String fileName;
    private final Source source;
    private final DictName from;

    DictName(String fileName, Source source, DictName from) {
        this.fileName = fileName;
        this.source = source;
        this.from = from;
    }

    /** OpenCC's name without extension, e.g. {@code STPhrases}. */
    public String fileName() {
        return fileName;
    }

    public Source source() {
        return source;
    }

    /** For {@link Source#REVERSED} and {@link Source#TOFU_RISK}: the dictionary it is derived from. */
    public DictName from() {
        return from;
    }

    /** The dictionary OpenCC's configurations call {@code fileName.ocd2}, or {@code null}. */
    public static DictName byFileName(String fileName) {
        for (DictName name : values()) {
            if (name.fileName.equals(fileName)) {
                return name;
            }
        }
        return null;
    }
}

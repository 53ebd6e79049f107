package io.medreason.chinese.internal;

/**
 * The OpenCC dictionaries our profiles use, named as in OpenCC ({@code STPhrases.ocd2} is {@link #ST_PHRASES}), and
 * where each one's base comes from before the project's corrections are applied.
 */
public enum DictName {
    /** Simplified to Traditional phrases; also the segmentation dictionary of the s2* profiles. */
    ST_PHRASES("STPhrases", Base.OPENCC4J, null),
    ST_CHARACTERS("STCharacters", Base.OPENCC4J, null),
    TS_PHRASES("TSPhrases", Base.OPENCC4J, null),
    TS_CHARACTERS("TSCharacters", Base.OPENCC4J, null),
    HK_VARIANTS("HKVariants", Base.OPENCC4J, null),
    /** Opencc4j keys these on Simplified text; OpenCC keys them on OpenCC-standard Traditional (stage 1's output). */
    TW_PHRASES("TWPhrases", Base.OPENCC4J_REKEYED, null),
    TW_VARIANTS("TWVariants", Base.OPENCC4J_REKEYED, null),
    /** Not shipped by opencc4j: derived by reversing the Taiwan dictionaries. */
    TW_PHRASES_REV("TWPhrasesRev", Base.REVERSED, TW_PHRASES),
    TW_VARIANTS_REV("TWVariantsRev", Base.REVERSED, TW_VARIANTS),
    /** Not shipped by opencc4j and not derivable: comes entirely from the correction file. */
    TW_VARIANTS_REV_PHRASES("TWVariantsRevPhrases", Base.EMPTY, null);

    /** Where a dictionary's entries come from before corrections. */
    public enum Base {
        /** opencc4j's {@code /data/dictionary/NAME.txt} as shipped. */
        OPENCC4J,
        /** opencc4j's file with each key converted by the s2t stage (ST phrases + characters). */
        OPENCC4J_REKEYED,
        /** Another (corrected) dictionary with keys and default values swapped. */
        REVERSED,
        /** Nothing: the correction file holds every entry. */
        EMPTY
    }

    private final String fileName;
    private final Base base;
    private final DictName reverseOf;

    DictName(String fileName, Base base, DictName reverseOf) {
        this.fileName = fileName;
        this.base = base;
        this.reverseOf = reverseOf;
    }

    /** OpenCC's name without extension, e.g. {@code STPhrases}. */
    public String fileName() {
        return fileName;
    }

    public Base base() {
        return base;
    }

    /** For {@link Base#REVERSED}: the dictionary that is reversed. */
    public DictName reverseOf() {
        return reverseOf;
    }
}

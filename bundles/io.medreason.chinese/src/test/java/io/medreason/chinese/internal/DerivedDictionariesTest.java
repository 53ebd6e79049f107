package io.medreason.chinese.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The dictionaries OpenCC's build derives from its text files, derived here at run time, on known entries. */
class DerivedDictionariesTest {

    private final Dictionaries dictionaries = Dictionaries.shipped();

    @Test
    void regionalPhrasesMapSimplifiedSpansToTraditionalPhrases() {
        Map<String, String> generated = dictionaries.entries(DictName.ST_PHRASES_GENERATED_FROM_REGIONAL_PHRASES);
        // opencc-js 1.4.2 ships this dictionary prebuilt with 556 entries; golden tests compare the outputs.
        assertEquals(556, generated.size());
        assertEquals("萬維網", generated.get("万维网"));
        assertEquals("PN結", generated.get("PN结"));
        assertTrue(generated.keySet().stream().allMatch(key -> key.codePointCount(0, key.length()) >= 3));
    }

    @Test
    void reversedVariantsFollowReversePreferences() {
        Map<String, String> reversed = dictionaries.entries(DictName.TW_VARIANTS_REV);
        assertEquals("僞", reversed.get("偽"));
        assertEquals("梁", reversed.get("梁")); // "# @reverse-prefer: 梁" over 樑 -> 梁
    }

    @Test
    void tofuRiskEntriesDropTheKeptOriginal() {
        Map<String, String> ext = dictionaries.entries(DictName.TS_CHARACTERS_EXT);
        assertEquals("𫝈", ext.get("㑮"));
        assertTrue(ext.size() > 800, ext.size() + " entries");
    }
}

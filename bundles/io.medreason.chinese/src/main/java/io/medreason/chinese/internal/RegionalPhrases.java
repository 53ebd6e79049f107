package io.medreason.chinese.internal;

import static io.medreason.chinese.internal.DictName.HK_PHRASES;
import static io.medreason.chinese.internal.DictName.TS_CHARACTERS;
import static io.medreason.chinese.internal.DictName.TS_CHARACTERS_EXT;
import static io.medreason.chinese.internal.DictName.TS_PHRASES;
import static io.medreason.chinese.internal.DictName.TW_PHRASES;
import static io.medreason.chinese.internal.DictSpec.file;
import static io.medreason.chinese.internal.DictSpec.shortCircuit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code STPhrases_GeneratedFromRegionalPhrases}, made as OpenCC's {@code generate_st_phrases_from_regional_phrases.py}
 * makes it (the npm package does not ship it): every key of HKPhrases and TWPhrases is converted with t2s including
 * the tofu-risk dictionary; a Simplified form of three or more characters becomes a key whose value is the
 * Traditional phrase, so that segmentation keeps a regional phrase's Simplified span in one piece.
 */
final class RegionalPhrases {

    /** OpenCC's t2s.json with {@code --include-tofu-risk-dictionaries}. */
    static final OpenccConfig T2S_WITH_TOFU_RISK = OpenccConfig.of(null,
            shortCircuit(file(TS_PHRASES), file(TS_CHARACTERS_EXT), file(TS_CHARACTERS)));

    /** Shorter Simplified forms could split longer Simplified words before STPhrases sees them. */
    private static final int MIN_CODE_POINTS = 3;

    private RegionalPhrases() {
    }

    static Map<String, String> generate(Dictionaries dictionaries) {
        StagedConverter t2s = new StagedConverter(T2S_WITH_TOFU_RISK, dictionaries, null);
        Map<String, List<String>> origins = new LinkedHashMap<>();
        for (DictName regional : List.of(HK_PHRASES, TW_PHRASES)) {
            for (String key : DictionaryFile.of(regional).keys()) {
                String simplified = t2s.convert(key);
                if (simplified.codePointCount(0, simplified.length()) >= MIN_CODE_POINTS) {
                    origins.computeIfAbsent(simplified, k -> new ArrayList<>()).add(key);
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        origins.forEach((simplified, keys) -> {
            if (new LinkedHashSet<>(keys).size() > 1) {
                throw new IllegalStateException("conflicting regional phrase simplified projections: " + simplified
                        + " <- " + keys);
            }
            result.put(simplified, keys.get(0));
        });
        return result;
    }
}

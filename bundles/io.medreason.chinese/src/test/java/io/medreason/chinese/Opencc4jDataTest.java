package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.houbb.opencc4j.support.data.impl.DataUtil;

import io.medreason.chinese.internal.DictName;
import io.medreason.chinese.internal.Dictionaries;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our fast reader of opencc4j's data files gives exactly what opencc4j's own loader gives (default values). */
class Opencc4jDataTest {

    @ParameterizedTest
    @EnumSource(value = DictName.class, names = {"ST_PHRASES", "ST_CHARACTERS", "TS_PHRASES", "TS_CHARACTERS",
            "HK_VARIANTS"})
    void readsOpencc4jDictionariesLikeOpencc4j(DictName name) {
        Map<String, List<String>> opencc4j = DataUtil.buildDataMap("/data/dictionary/" + name.fileName() + ".txt");
        Map<String, String> expected = new TreeMap<>();
        opencc4j.forEach((key, values) -> expected.put(key, values.get(0)));
        assertTrue(expected.size() > 50, name + " has " + expected.size() + " entries");
        Map<String, String> ours = new TreeMap<>(Dictionaries.shipped().base(name));
        Map<String, String> onlyOurs = new TreeMap<>(ours);
        onlyOurs.keySet().removeAll(expected.keySet());
        // opencc4j's loader drops the line 饟<TAB>𫗵 of its own TSCharacters.txt (OpenCC has the entry)
        assertEquals(name == DictName.TS_CHARACTERS ? Map.of("饟", "𫗵") : Map.of(), onlyOurs);
        ours.keySet().retainAll(expected.keySet());
        assertEquals(expected, ours);
    }
}

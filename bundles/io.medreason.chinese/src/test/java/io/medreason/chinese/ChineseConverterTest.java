package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.chinese.internal.DictName;
import io.medreason.chinese.internal.Dictionaries;
import io.medreason.chinese.internal.MaxMatchSegment;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tricky cases; expected values are what OpenCC 1.4.2 gives (checked with opencc-js 1.4.2). */
class ChineseConverterTest {

    @Test
    void listsProfilesAndRejectsUnknownOnes() {
        assertEquals(List.of("s2t", "s2tw", "s2twp", "t2s", "tw2s", "tw2sp", "s2hk", "s2twp-med"),
                ChineseConverter.profiles());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChineseConverter.of("s2x"));
        assertTrue(e.getMessage().contains("'s2x'") && e.getMessage().contains("s2twp, t2s"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChineseConverter.of(null));
        assertSame(ChineseConverter.of("s2twp"), ChineseConverter.of("s2twp"));
    }

    @ParameterizedTest
    @CsvSource({
            "s2twp, 皮肤科, 皮膚科",
            "s2twp, 面瘫, 面癱",
            "s2twp, 家里, 家裡",
            "s2tw, 家里, 家裡",
            "s2t, 家里, 家裏",
            "s2hk, 家里, 家裏",
            "s2twp, 信息系统, 資訊系統",
            "s2twp, U盘和PN结, 隨身碟和PN接面",
            "s2t, U盘和PN结, U盤和PN結",
            "s2twp, 𠮷野家的软件, 𠮷野家的軟體",
            "s2twp, 头发干燥, 頭髮乾燥",
            "s2twp, 打印机和鼠标, 印表機和滑鼠",
            "s2twp, 吃烟, 吃煙",
            "s2t, 吃烟, 喫煙",
            "tw2sp, 資訊系統的軟體, 信息系统的软件",
            "tw2s, 資訊系統的軟體, 资讯系统的软体",
            "t2s, 乾燥的頭髮, 干燥的头发",
            "s2twp, 胚胎发育, 胚胎發育",
            "s2twp, 白细胞, 白血球",
            "s2twp, 去干扰, 去干擾",
            "s2twp, 司法程序, 司法程序",
            "s2twp, 乙肝和丙肝, B肝和C肝",
            "s2twp, ⿰氵每发, ⿰氵每發",
            "s2t, \uF900发\uD87E\uDC00, 豈發麗",
            "s2twp-med, 前列腺癌, 攝護腺癌",
            "s2twp-med, 嚼服阿司匹林, 嚼服阿斯匹靈",
            "s2twp-med, 乙肝病毒, B肝病毒",
            "s2twp-med, 子宫颈癌和宫颈炎, 子宮頸癌和子宮頸炎",
            "s2twp-med, 心房颤动（房颤）, 心房顫動（心房顫動）",
            "s2twp-med, 超声波和B超, 超音波和超音波",
            "s2twp-med, 老年痴呆症和老年痴呆, 老年失智症和失智症",
            "s2twp-med, 帕金森病人和帕金森病, 帕金森氏症病人和帕金森氏症",
            "s2twp-med, 乙流感染, 乙流感染"})
    void convertsLikeOpencc(String profile, String source, String expected) {
        assertEquals(expected, ChineseConverter.of(profile).convert(source));
    }

    @Test
    void leavesTextOutsideTheDictionariesAlone() {
        ChineseConverter s2twp = ChineseConverter.of("s2twp");
        String other = "Latin ABC xyz 0123456789 ½ ≥ ℃ μmol/L 😀👍🏽 𠮷𡘙 \t\r\n  é ñ ß";
        assertEquals(other, s2twp.convert(other));
        assertEquals("", s2twp.convert(""));
        assertEquals("HbA1c 6.9%，發現\r\n軟體\n", s2twp.convert("HbA1c 6.9%，发现\r\n软件\n"));
    }

    @Test
    void segmentsLikeOpencc() {
        MaxMatchSegment segment = new MaxMatchSegment(Dictionaries.shipped().trie(DictName.ST_PHRASES));
        // text between dictionary matches stays one segment, a phrase is its own segment
        assertEquals(List.of("我们用U盘拷贝", "信息系统"), segments(segment, "我们用U盘拷贝信息系统"));
        assertEquals(List.of("😀", "系统", "a"), segments(segment, "😀系统a"));
        assertEquals(List.of("⿰氵每"), segments(segment, "⿰氵每"), "an IDS is one unit");
    }

    private static List<String> segments(MaxMatchSegment segmentation, String text) {
        List<String> segments = new ArrayList<>();
        segmentation.segment(text, (start, end) -> segments.add(text.substring(start, end)));
        return segments;
    }

    @Test
    void reportsChangedRanges() {
        String source = "用软件看B超，家里有U盘";
        Conversion conversion = ChineseConverter.of("s2twp").convertWithChanges(source);
        assertEquals(ChineseConverter.of("s2twp").convert(source), conversion.text());
        StringBuilder rebuilt = new StringBuilder();
        int sourceAt = 0;
        for (Change change : conversion.changes()) {
            rebuilt.append(source, sourceAt, change.sourceStart()).append(change.target(conversion));
            assertTrue(!change.source(conversion).equals(change.target(conversion)), change.toString());
            sourceAt = change.sourceEnd();
        }
        rebuilt.append(source.substring(sourceAt));
        assertEquals(conversion.text(), rebuilt.toString(), "changes must rebuild the converted text");
        List<String> changed = conversion.changes().stream().map(c -> c.source(conversion)).toList();
        assertEquals(List.of("软件", "B超", "里", "U盘"), changed);
        assertEquals(List.of("軟體", "超音波", "裡", "隨身碟"),
                conversion.changes().stream().map(c -> c.target(conversion)).toList());
        assertEquals(7, conversion.changedSourceChars());
    }

    @Test
    void mergesPiecesAMedicalTermSpans() {
        String source = "帕金森病人和宫颈癌😀";
        Conversion conversion = ChineseConverter.of("s2twp-med").convertWithChanges(source);
        assertEquals("帕金森氏症病人和子宮頸癌😀", conversion.text());
        assertEquals(List.of("帕金森病人", "宫颈"),
                conversion.changes().stream().map(c -> c.source(conversion)).toList());
    }

    @Test
    void reportsChangesOfNormalizedCompatibilityIdeographs() {
        String source = "\uF900发\uD87E\uDC00了"; // 豈 (U+F900) and 丽 (U+2F800) are normalized first
        Conversion conversion = ChineseConverter.of("s2t").convertWithChanges(source);
        assertEquals("豈發麗了", conversion.text());
        assertEquals(List.of("\uF900发\uD87E\uDC00"), conversion.changes().stream().map(c -> c.source(conversion)).toList());
        assertEquals(List.of("豈發麗"), conversion.changes().stream().map(c -> c.target(conversion)).toList());
    }

    @Test
    void changedRangesNeverSplitSurrogatePairs() {
        String source = "𠮷😀发𠮷";
        Conversion conversion = ChineseConverter.of("s2t").convertWithChanges(source);
        for (Change change : conversion.changes()) {
            assertTrue(!Character.isLowSurrogate(source.charAt(change.sourceStart())), change.toString());
            assertTrue(change.sourceEnd() == source.length()
                    || !Character.isLowSurrogate(source.charAt(change.sourceEnd())), change.toString());
        }
        assertEquals(ChineseConverter.of("s2t").convert(source), conversion.text());
    }
}

package io.medreason.dataset.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a medical-o1-style JSON array (Python {@code json.dump(indent=2, ensure_ascii=False)} layout) of about a
 * given size, for benchmarks and large-file tests: Traditional Chinese and English sentences, reasoning traces several
 * times longer than the answers, some newlines and quotes to escape. Deterministic for a seed.
 */
public final class SyntheticData {

    private static final String[] CHINESE = {
        "患者主訴胸痛三小時，疼痛放射至左肩及下顎", "心電圖顯示下壁導程ST段抬高", "血清肌鈣蛋白明顯上升",
        "病史包括高血壓與第二型糖尿病", "需考慮急性冠狀動脈症候群", "應排除主動脈剝離與肺栓塞",
        "首先評估呼吸道、呼吸與循環", "給予阿斯匹靈並安排緊急心導管檢查", "兒童發燒合併皮疹需鑑別川崎病",
        "實驗室檢查顯示白血球增多", "影像學檢查未見明顯異常", "根據臨床表現，最可能的診斷是",
        "治療應以抗生素為主，並密切監測腎功能", "若症狀持續，應轉介至專科醫師", "這符合典型的病程發展",
    };
    private static final String[] ENGLISH = {
        "The patient presents with acute chest pain radiating to the left arm.",
        "Let me think about the differential diagnosis step by step.",
        "Troponin is elevated, which supports myocardial injury.",
        "Okay, so the \"classic\" triad here would point towards this condition.",
        "First-line therapy is intramuscular epinephrine at 0.01 mg/kg.",
        "We should also rule out pulmonary embolism and aortic dissection.",
    };

    private SyntheticData() {
    }

    /** Writes records until the file reaches {@code targetBytes}; returns the number of records written. */
    public static int write(Path file, long targetBytes, long seed) throws IOException {
        Random random = new Random(seed);
        long written = 0;
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[");
            written++;
            while (written < targetBytes - 2) {
                String record = (count == 0 ? "\n  " : ",\n  ") + record(random, count);
                out.write(record);
                written += record.getBytes(StandardCharsets.UTF_8).length;
                count++;
            }
            out.write("\n]");
        }
        return count;
    }

    private static String record(Random random, int index) {
        return "{\n    \"Question\": \"" + text(random, 2 + random.nextInt(4), index) + "？\",\n"
                + "    \"Complex_CoT\": \"" + text(random, 18 + random.nextInt(30), index) + "\",\n"
                + "    \"Response\": \"" + text(random, 6 + random.nextInt(10), index) + "\"\n  }";
    }

    /** {@code sentences} sentences, mostly Chinese, with escaped newlines and quotes as JSON text. */
    private static String text(Random random, int sentences, int index) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (random.nextInt(5) == 0) {
                text.append(ENGLISH[random.nextInt(ENGLISH.length)].replace("\"", "\\\"")).append(' ');
            } else {
                text.append(CHINESE[random.nextInt(CHINESE.length)]).append(random.nextInt(4) == 0 ? "。\\n" : "，");
            }
        }
        return text.append("（").append(index).append("）").toString();
    }
}

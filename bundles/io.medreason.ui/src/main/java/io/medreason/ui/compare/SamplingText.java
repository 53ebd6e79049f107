package io.medreason.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sampling settings of an {@code ask} child in words, for the line above each answer column: the flags given,
 * and for the others where their values come from (as {@code medreason ask --help} says: the model's
 * {@code generation_config.json}, else Qwen2.5-Instruct's defaults).
 */
final class SamplingText {

    /** The ask flags with their names in words and the engine's fallback defaults. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("temperature", "temperature|0.7");
        NAMES.put("top-p", "top-p|0.8");
        NAMES.put("top-k", "top-k|20");
        NAMES.put("repetition-penalty", "repetition penalty|1.05");
        NAMES.put("max-new-tokens", "max new tokens|");
    }

    private SamplingText() {
    }

    /** e.g. {@code temperature 0 (greedy) · max new tokens 64 · model defaults: top-p, top-k, repetition penalty}. */
    static String describe(List<String> flags) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flags.size(); i += 2) {
            given.put(flags.get(i).replaceFirst("^--", ""), flags.get(i + 1));
        }
        List<String> parts = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        NAMES.forEach((flag, spec) -> {
            String[] nameAndDefault = spec.split("\\|", -1);
            String value = given.get(flag);
            if (value != null) {
                parts.add(nameAndDefault[0] + " " + value + (flag.equals("temperature") && isZero(value)
                        ? " (greedy)" : ""));
            } else if (!nameAndDefault[1].isEmpty()) {
                defaults.add(nameAndDefault[0]);
            }
        });
        if (!given.containsKey("seed")) {
            parts.add("seed 42");
        }
        given.keySet().stream().filter(k -> !NAMES.containsKey(k)).forEach(k -> parts.add(k + " " + given.get(k)));
        if (!defaults.isEmpty()) {
            parts.add("from generation_config.json or Qwen2.5's defaults: " + String.join(", ", defaults));
        }
        return "Sampling 取樣: " + String.join(" · ", parts);
    }

    private static boolean isZero(String v) {
        try {
            return Double.parseDouble(v) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

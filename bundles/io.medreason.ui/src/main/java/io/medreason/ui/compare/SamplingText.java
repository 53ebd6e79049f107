package io.medreason.ui.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sampling settings of an {@code ask} child in words, for the line above each answer column: the flags given,
 * and for the others the values the child takes (as {@code medreason ask --help} says: the model's
 * {@code generation_config.json}, else Qwen2.5-Instruct's defaults), with where they come from.
 */
public final class SamplingText {

    /** The keys of {@code generation_config.json} for the flags that have one. */
    private static final Map<String, String> CONFIG_KEYS = Map.of("temperature", "temperature", "top-p", "top_p",
            "top-k", "top_k", "repetition-penalty", "repetition_penalty");

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

    /**
     * e.g. {@code max new tokens 96 · seed 42 · temperature 0.7 · top-p 0.8 · top-k 20 · repetition penalty 1.05
     * (generation_config.json)}.
     */
    public static String describe(List<String> flags, Path modelDir) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flags.size(); i += 2) {
            given.put(flags.get(i).replaceFirst("^--", ""), flags.get(i + 1));
        }
        List<String> parts = new ArrayList<>();
        NAMES.forEach((flag, spec) -> {
            String value = given.get(flag);
            if (value != null) {
                parts.add(spec.split("\\|", -1)[0] + " " + value + greedy(flag, value));
            }
        });
        if (!given.containsKey("seed")) {
            parts.add("seed 42");
        }
        given.keySet().stream().filter(k -> !NAMES.containsKey(k)).forEach(k -> parts.add(k + " " + given.get(k)));
        List<String> defaults = defaults(given, modelDir);
        if (!defaults.isEmpty()) {
            parts.add(String.join(" · ", defaults.subList(1, defaults.size())) + " (" + defaults.get(0) + ")");
        }
        return "Sampling 取樣: " + String.join(" · ", parts);
    }

    /** Where the values come from, then each setting not given as a flag with the value the child takes. */
    private static List<String> defaults(Map<String, String> given, Path modelDir) {
        JsonNode config = generationConfig(modelDir);
        boolean greedy = config != null && config.path("do_sample").isBoolean() && !config.get("do_sample").asBoolean();
        List<String> out = new ArrayList<>(List.of(config == null ? "Qwen2.5's defaults" : "generation_config.json"));
        NAMES.forEach((flag, spec) -> {
            String[] nameAndDefault = spec.split("\\|", -1);
            if (given.containsKey(flag) || nameAndDefault[1].isEmpty()) {
                return;
            }
            JsonNode v = config == null ? null : config.get(CONFIG_KEYS.get(flag));
            String value = flag.equals("temperature") && greedy ? "0"
                    : v != null && v.isNumber() ? v.asText() : nameAndDefault[1];
            out.add(nameAndDefault[0] + " " + value + greedy(flag, value));
        });
        return out.size() == 1 ? List.of() : out;
    }

    /** The model folder's generation_config.json, or null when it has none or it cannot be read as JSON. */
    private static JsonNode generationConfig(Path modelDir) {
        Path file = modelDir == null ? null : modelDir.resolve("generation_config.json");
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode n = new ObjectMapper().readTree(file.toFile());
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String greedy(String flag, String value) {
        return flag.equals("temperature") && isZero(value) ? " (greedy)" : "";
    }

    private static boolean isZero(String v) {
        try {
            return Double.parseDouble(v) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

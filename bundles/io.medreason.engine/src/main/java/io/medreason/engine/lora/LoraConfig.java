package io.medreason.engine.lora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.TrainingConfig;
import io.medreason.engine.JsonFile;
import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A LoRA configuration with PEFT's {@code adapter_config.json} key names. Immutable. Targets are matched as PEFT does:
 * a list matches a module whose name equals an entry or ends with {@code "." + entry}; a string is a regular expression
 * that must match the whole name; {@code "all-linear"} means every projection of the decoder (not lm_head).
 *
 * @param targetModules list entries, or a single regex (see {@link #targetRegex})
 * @param targetRegex the string form of {@code target_modules}, or null
 * @param rankPattern per-module rank overrides (PEFT {@code rank_pattern})
 * @param alphaPattern per-module alpha overrides (PEFT {@code alpha_pattern})
 */
public record LoraConfig(int r, double loraAlpha, double loraDropout, List<String> targetModules, String targetRegex,
        boolean useRslora, Map<String, Integer> rankPattern, Map<String, Double> alphaPattern,
        String baseModelNameOrPath) {

    /** All seven Qwen2 projections. */
    public static final List<String> ALL_TARGETS = TrainingConfig.ALL_TARGETS;

    /** The file name inside an adapter folder. */
    public static final String FILE = "adapter_config.json";

    /** A plain config: rank, alpha, dropout, target module names. */
    public static LoraConfig of(int r, double alpha, double dropout, List<String> targets) {
        return new LoraConfig(r, alpha, dropout, List.copyOf(targets), null, false, Map.of(), Map.of(), null);
    }

    /** A copy with rsLoRA on or off. */
    public LoraConfig withRslora(boolean rslora) {
        return new LoraConfig(r, loraAlpha, loraDropout, targetModules, targetRegex, rslora, rankPattern,
                alphaPattern, baseModelNameOrPath);
    }

    /** A copy that records the base model ({@code base_model_name_or_path}). */
    public LoraConfig withBaseModel(String nameOrPath) {
        return new LoraConfig(r, loraAlpha, loraDropout, targetModules, targetRegex, useRslora, rankPattern,
                alphaPattern, nameOrPath);
    }

    /**
     * What an adapter trained on {@code modelDir} records as {@code base_model_name_or_path}: the base's own
     * {@code _name_or_path} from its {@code config.json} when it has one (a Hub id such as
     * {@code Qwen/Qwen2.5-0.5B-Instruct} travels with the adapter), else the absolute path of the folder it was
     * loaded from (PEFT's {@code AutoPeftModelForCausalLM} and llama.cpp's {@code convert_lora_to_gguf.py} read
     * either).
     */
    public static String baseModelName(Path modelDir) {
        try {
            JsonNode config = new ObjectMapper().readTree(modelDir.resolve("config.json").toFile());
            String declared = config.path("_name_or_path").asText("").trim();
            if (!declared.isEmpty()) {
                return declared;
            }
        } catch (IOException e) {
            // no readable config: the folder's path is all we know
        }
        return modelDir.toAbsolutePath().normalize().toString();
    }

    /** Whether a module (e.g. {@code model.layers.0.self_attn.q_proj}) gets a LoRA branch. */
    public boolean targets(String moduleName) {
        if (targetRegex != null) {
            return targetRegex.equals("all-linear") || Pattern.matches(targetRegex, moduleName);
        }
        return targetModules.stream().anyMatch(t -> moduleName.equals(t) || moduleName.endsWith("." + t));
    }

    /** The rank of a module, after {@code rank_pattern}. */
    public int rankOf(String moduleName) {
        Integer v = patternValue(rankPattern, moduleName);
        return v == null ? r : v;
    }

    /** The scaling of a module: alpha / r, or alpha / √r with rsLoRA. */
    public double scalingOf(String moduleName) {
        Double a = patternValue(alphaPattern, moduleName);
        double alpha = a == null ? loraAlpha : a;
        int rank = rankOf(moduleName);
        return useRslora ? alpha / Math.sqrt(rank) : alpha / rank;
    }

    private static <V> V patternValue(Map<String, V> patterns, String name) {
        for (Map.Entry<String, V> e : patterns.entrySet()) {
            if (Pattern.matches("(.*\\.)?(" + e.getKey() + ")$", name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Reads {@code adapterDir/adapter_config.json}; unknown keys are ignored, unsupported variants refused by name. */
    public static LoraConfig read(Path adapterDir) {
        Path file = adapterDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(adapterDir + ": no " + FILE + " (not a PEFT adapter folder)");
        }
        return PeftConfigJson.parse(JsonFile.read(file), file.toString());
    }

    /** Writes {@code adapterDir/adapter_config.json} atomically, with the keys PEFT's LoraConfig accepts. */
    public void write(Path adapterDir) throws IOException {
        Files.createDirectories(adapterDir);
        ObjectNode n = PeftConfigJson.toJson(this);
        Path file = adapterDir.resolve(FILE);
        AtomicWrite.writeString(file, n.toPrettyString() + "\n");
    }

    static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(v -> out.add(v.asText()));
        return out;
    }

    static <V> Map<String, V> map(JsonNode node, java.util.function.Function<JsonNode, V> f) {
        Map<String, V> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> out.put(e.getKey(), f.apply(e.getValue())));
        }
        return out;
    }
}

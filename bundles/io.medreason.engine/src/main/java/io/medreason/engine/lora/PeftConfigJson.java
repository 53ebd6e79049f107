package io.medreason.engine.lora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import java.util.List;

/** PEFT {@code adapter_config.json} ↔ {@link LoraConfig}: what is read, what is refused, what is written. */
final class PeftConfigJson {

    private PeftConfigJson() {
    }

    static LoraConfig parse(JsonNode n, String where) {
        String type = n.path("peft_type").asText("LORA");
        if (!type.equals("LORA")) {
            throw new UsageException(where + ": peft_type " + type + " is not supported (only LORA)");
        }
        refuseIfTrue(n, "use_dora", "DoRA", where);
        refuseIfTrue(n, "fan_in_fan_out", "fan_in_fan_out (Conv1D layers)", where);
        refuseIfTrue(n, "use_qalora", "QA-LoRA", where);
        String bias = n.path("bias").asText("none");
        if (!bias.equals("none")) {
            throw new UsageException(where + ": bias '" + bias + "' (trained biases) is not supported");
        }
        JsonNode save = n.get("modules_to_save");
        if (save != null && !save.isNull() && !save.isEmpty()) {
            throw new UsageException(where + ": modules_to_save " + save + " is not supported");
        }
        JsonNode layers = n.get("layers_to_transform");
        if (layers != null && !layers.isNull()) {
            throw new UsageException(where + ": layers_to_transform is not supported");
        }
        JsonNode variant = n.get("lora_bias");
        if (variant != null && variant.asBoolean(false)) {
            throw new UsageException(where + ": lora_bias is not supported");
        }
        JsonNode init = n.get("init_lora_weights");
        if (init != null && init.isTextual() && init.asText().startsWith("loftq")) {
            throw new UsageException(where + ": LoftQ is not supported");
        }
        int r = n.path("r").asInt(8);
        if (r <= 0) {
            throw new UsageException(where + ": r must be positive, got " + n.get("r"));
        }
        JsonNode targets = n.get("target_modules");
        if (targets == null || targets.isNull()) {
            throw new UsageException(where + ": target_modules is missing");
        }
        List<String> list = targets.isArray() ? LoraConfig.list(targets) : List.of();
        String regex = targets.isTextual() ? targets.asText() : null;
        return new LoraConfig(r, n.path("lora_alpha").asDouble(8), n.path("lora_dropout").asDouble(0),
                list, regex, n.path("use_rslora").asBoolean(false), LoraConfig.map(n.get("rank_pattern"), JsonNode::asInt),
                LoraConfig.map(n.get("alpha_pattern"), JsonNode::asDouble),
                n.hasNonNull("base_model_name_or_path") ? n.get("base_model_name_or_path").asText() : null);
    }

    private static void refuseIfTrue(JsonNode n, String key, String what, String where) {
        if (n.path(key).asBoolean(false)) {
            throw new UsageException(where + ": " + what + " adapters are not supported (" + key + " is true)");
        }
    }

    static ObjectNode toJson(LoraConfig c) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("peft_type", "LORA");
        n.put("task_type", "CAUSAL_LM");
        if (c.baseModelNameOrPath() == null) {
            n.putNull("base_model_name_or_path");
        } else {
            n.put("base_model_name_or_path", c.baseModelNameOrPath());
        }
        n.put("r", c.r());
        n.put("lora_alpha", c.loraAlpha());
        n.put("lora_dropout", c.loraDropout());
        if (c.targetRegex() != null) {
            n.put("target_modules", c.targetRegex());
        } else {
            c.targetModules().forEach(n.putArray("target_modules")::add);
        }
        n.put("bias", "none");
        n.put("fan_in_fan_out", false);
        n.put("use_rslora", c.useRslora());
        n.put("use_dora", false);
        n.put("inference_mode", true);
        n.put("init_lora_weights", true);
        n.putNull("modules_to_save");
        n.putNull("layers_to_transform");
        n.putNull("layers_pattern");
        ObjectNode ranks = n.putObject("rank_pattern");
        c.rankPattern().forEach(ranks::put);
        ObjectNode alphas = n.putObject("alpha_pattern");
        c.alphaPattern().forEach(alphas::put);
        n.putNull("revision");
        return n;
    }
}

package io.medreason.engine.gguf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A byte-level BPE tokenizer ({@code tokenizer.json}) in llama.cpp's {@code gpt2} vocabulary form, as its converter
 * builds it: one token string per id up to the model's {@code vocab_size} ({@code [PADn]}, type UNUSED, where the
 * tokenizer has no token); added tokens are CONTROL when marked special or spelled like {@code <|…|>}, else
 * USER_DEFINED; the rest NORMAL. Merges as {@code "left right"} strings. Special ids come from
 * {@code tokenizer_config.json} ({@code bos_token}, {@code eos_token}, {@code pad_token} looked up among the added
 * tokens), then from {@code config.json} ({@code bos_token_id}, …) for those still unknown.
 */
public record GgufVocab(List<String> tokens, int[] types, List<String> merges, Map<String, Integer> specialIds,
        Boolean addBos, String chatTemplate) {

    /** llama.cpp's token types. */
    static final int NORMAL = 1;
    static final int CONTROL = 3;
    static final int USER_DEFINED = 4;
    static final int UNUSED = 5;

    /** Reads the tokenizer of {@code modelDir} padded to {@code vocabSize} ids. */
    public static GgufVocab read(Path modelDir, int vocabSize) throws IOException {
        Path file = modelDir.resolve("tokenizer.json");
        if (!Files.isRegularFile(file)) {
            throw new UsageException(modelDir + ": no tokenizer.json (GGUF needs the tokenizer)");
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode tok = json.readTree(file.toFile());
        JsonNode model = tok.path("model");
        if (!model.path("type").asText("BPE").equals("BPE") || !model.path("vocab").isObject()) {
            throw new UsageException(file + ": model.type " + model.path("type") + " is not a BPE tokenizer");
        }
        String[] byId = new String[vocabSize];
        int[] types = new int[vocabSize];
        model.path("vocab").fields().forEachRemaining(e -> put(byId, types, e.getValue().asInt(), e.getKey(), NORMAL,
                file));
        Map<String, Integer> added = new HashMap<>();
        for (JsonNode a : tok.path("added_tokens")) {
            String content = a.path("content").asText();
            boolean control = a.path("special").asBoolean(false) || looksSpecial(content);
            put(byId, types, a.path("id").asInt(), content, control ? CONTROL : USER_DEFINED, file);
            added.putIfAbsent(content, a.path("id").asInt());
        }
        List<String> tokens = new ArrayList<>(vocabSize);
        for (int i = 0; i < vocabSize; i++) {
            if (byId[i] == null) {
                byId[i] = "[PAD" + i + "]";
                types[i] = UNUSED;
            }
            tokens.add(byId[i]);
        }
        JsonNode tc = readOptional(json, modelDir.resolve("tokenizer_config.json"));
        JsonNode config = readOptional(json, modelDir.resolve("config.json"));
        return new GgufVocab(tokens, types, merges(model.path("merges"), file), specialIds(tc, config, added),
                tc.path("add_bos_token").isBoolean() ? tc.get("add_bos_token").asBoolean() : null,
                chatTemplate(modelDir, tc));
    }

    private static void put(String[] byId, int[] types, int id, String token, int type, Path file) {
        if (id < 0 || id >= byId.length) {
            throw new UsageException(file + ": token '" + token + "' has id " + id + ", outside the model's vocab_size "
                    + byId.length);
        }
        byId[id] = token;
        types[id] = type;
    }

    /** llama.cpp's converter treats these spellings as control tokens even when not marked special. */
    static boolean looksSpecial(String t) {
        return t.equals("<pad>") || t.equals("<mask>") || t.equals("<2mass>") || t.equals("[@BOS@]")
                || (t.startsWith("<|") && t.endsWith("|>")) || (t.startsWith("<\uFF5C") && t.endsWith("\uFF5C>"));
    }

    private static List<String> merges(JsonNode merges, Path file) {
        List<String> out = new ArrayList<>(merges.size());
        for (JsonNode m : merges) {
            if (m.isTextual()) {
                out.add(m.asText());
            } else if (m.isArray() && m.size() == 2) {
                out.add(m.get(0).asText() + " " + m.get(1).asText()); // newer tokenizers store [left, right]
            } else {
                throw new UsageException(file + ": model.merges entry " + m + " is neither \"a b\" nor [a, b]");
            }
        }
        return out;
    }

    private static Map<String, Integer> specialIds(JsonNode tc, JsonNode config, Map<String, Integer> added) {
        Map<String, Integer> ids = new java.util.LinkedHashMap<>();
        for (String kind : List.of("bos", "eos", "unk", "pad")) {
            JsonNode entry = tc.path(kind + "_token");
            String content = entry.isTextual() ? entry.asText() : entry.path("content").asText(null);
            if (content != null && added.containsKey(content)) {
                ids.put(kind, added.get(content));
            } else if (config.path(kind + "_token_id").canConvertToInt()) {
                ids.put(kind, config.get(kind + "_token_id").asInt());
            }
        }
        return ids;
    }

    private static String chatTemplate(Path modelDir, JsonNode tc) throws IOException {
        if (tc.path("chat_template").isTextual()) {
            return tc.get("chat_template").asText();
        }
        Path jinja = modelDir.resolve("chat_template.jinja");
        return Files.isRegularFile(jinja) ? Files.readString(jinja) : null;
    }

    private static JsonNode readOptional(ObjectMapper json, Path file) throws IOException {
        return Files.isRegularFile(file) ? json.readTree(file.toFile()) : json.createObjectNode();
    }
}

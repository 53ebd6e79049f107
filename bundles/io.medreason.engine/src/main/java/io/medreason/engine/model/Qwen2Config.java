package io.medreason.engine.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.JsonFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The architecture of a Qwen2 model, read from a Hugging Face {@code config.json} with its key names
 * ({@code hidden_size}, {@code num_key_value_heads}, …). Immutable.
 *
 * @param headDim {@code head_dim}, or hidden / heads when absent
 */
public record Qwen2Config(int hiddenSize, int numHiddenLayers, int numAttentionHeads, int numKeyValueHeads,
        int intermediateSize, int vocabSize, double ropeTheta, double rmsNormEps, boolean tieWordEmbeddings,
        int headDim, int maxPositionEmbeddings) {

    /** Validates the dimensions (heads divide evenly, positive sizes). */
    public Qwen2Config {
        if (hiddenSize <= 0 || numHiddenLayers <= 0 || numAttentionHeads <= 0 || numKeyValueHeads <= 0
                || intermediateSize <= 0 || vocabSize <= 0 || headDim <= 0) {
            throw new IllegalArgumentException("config: sizes must be positive");
        }
        if (numAttentionHeads % numKeyValueHeads != 0) {
            throw new IllegalArgumentException("config: num_attention_heads " + numAttentionHeads
                    + " is not a multiple of num_key_value_heads " + numKeyValueHeads);
        }
        if (headDim % 2 != 0) {
            throw new IllegalArgumentException("config: head_dim " + headDim + " must be even for rotary embeddings");
        }
    }

    /** Qwen2.5-0.5B's dimensions (used by the benchmark). */
    public static Qwen2Config qwen25HalfB() {
        return new Qwen2Config(896, 24, 14, 2, 4864, 151936, 1_000_000.0, 1e-6, true, 64, 32768);
    }

    /** Qwen2.5-3B-Instruct's dimensions (the reference recipe's model), for benchmarks. */
    public static Qwen2Config qwen25ThreeB() {
        return new Qwen2Config(2048, 36, 16, 2, 11008, 151936, 1_000_000.0, 1e-6, true, 128, 32768);
    }

    /** Reads {@code modelDir/config.json}; refuses other model types and unsupported options by name. */
    public static Qwen2Config read(Path modelDir) {
        Path file = modelDir.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            throw new UsageException(modelDir + ": no config.json (not a Hugging Face model folder)");
        }
        return fromJson(JsonFile.read(file), file.toString());
    }

    /** Parses a config object; {@code where} names the source in errors. */
    public static Qwen2Config fromJson(JsonNode n, String where) {
        String type = n.path("model_type").asText("");
        if (!type.equals("qwen2")) {
            throw new UsageException(where + ": model_type '" + type + "' is not supported (only qwen2)");
        }
        String act = n.path("hidden_act").asText("silu");
        if (!act.equals("silu")) {
            throw new UsageException(where + ": hidden_act '" + act + "' is not supported (only silu)");
        }
        if (n.hasNonNull("rope_scaling")) {
            throw new UsageException(where + ": rope_scaling " + n.get("rope_scaling") + " is not supported");
        }
        int hidden = required(n, "hidden_size", where);
        int heads = required(n, "num_attention_heads", where);
        try {
            return new Qwen2Config(hidden, required(n, "num_hidden_layers", where), heads,
                    n.path("num_key_value_heads").asInt(heads), required(n, "intermediate_size", where),
                    required(n, "vocab_size", where), n.path("rope_theta").asDouble(10000.0),
                    n.path("rms_norm_eps").asDouble(1e-6), n.path("tie_word_embeddings").asBoolean(false),
                    n.hasNonNull("head_dim") ? n.get("head_dim").asInt() : hidden / heads,
                    n.path("max_position_embeddings").asInt(32768));
        } catch (IllegalArgumentException e) {
            throw new UsageException(where + ": " + e.getMessage(), e);
        }
    }

    private static int required(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.canConvertToInt()) {
            throw new UsageException(where + ": missing or bad " + key);
        }
        return v.asInt();
    }

    /** The config as Hugging Face JSON (for random models and exports). */
    public ObjectNode toJson() {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.putArray("architectures").add("Qwen2ForCausalLM");
        n.put("model_type", "qwen2");
        n.put("hidden_size", hiddenSize);
        n.put("num_hidden_layers", numHiddenLayers);
        n.put("num_attention_heads", numAttentionHeads);
        n.put("num_key_value_heads", numKeyValueHeads);
        n.put("intermediate_size", intermediateSize);
        n.put("vocab_size", vocabSize);
        n.put("rope_theta", ropeTheta);
        n.put("rms_norm_eps", rmsNormEps);
        n.put("tie_word_embeddings", tieWordEmbeddings);
        n.put("head_dim", headDim);
        n.put("max_position_embeddings", maxPositionEmbeddings);
        n.put("hidden_act", "silu");
        return n;
    }

    /** Query heads per key/value head. */
    public int groups() {
        return numAttentionHeads / numKeyValueHeads;
    }

    /** Number of weights (embedding counted once when tied). */
    public long parameterCount() {
        long d = hiddenSize;
        long q = (long) numAttentionHeads * headDim;
        long kv = (long) numKeyValueHeads * headDim;
        long attn = d * q + q + 2 * (d * kv + kv) + q * d;
        long mlp = 3 * d * intermediateSize;
        long layer = attn + mlp + 2 * d;
        long embed = (long) vocabSize * d;
        return embed * (tieWordEmbeddings ? 1 : 2) + numHiddenLayers * layer + d;
    }
}

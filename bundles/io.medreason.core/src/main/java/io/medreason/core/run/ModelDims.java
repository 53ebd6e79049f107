package io.medreason.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The sizes of a Qwen2-architecture model that memory and FLOP estimates need, read from a Hugging Face
 * {@code config.json} (same key names).
 */
public record ModelDims(int hiddenSize, int numHiddenLayers, int numAttentionHeads, int numKeyValueHeads,
        int headDim, int intermediateSize, int vocabSize, boolean tieWordEmbeddings) {

    /** Qwen2.5-0.5B's dimensions (the benchmark model). */
    public static final ModelDims QWEN25_05B = new ModelDims(896, 24, 14, 2, 64, 4864, 151936, true);
    /** Qwen2.5-3B's dimensions (the reference recipe's model). */
    public static final ModelDims QWEN25_3B = new ModelDims(2048, 36, 16, 2, 128, 11008, 151936, true);

    /** Reads {@code config.json} from a model folder; errors name the file and key. */
    public static ModelDims read(Path modelDir) throws IOException {
        Path file = modelDir.resolve("config.json");
        Map<String, Object> c;
        try {
            c = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not valid JSON in UTF-8 (" + e.getMessage() + ")", e);
        }
        int hidden = intKey(c, "hidden_size", file);
        int heads = intKey(c, "num_attention_heads", file);
        if (heads <= 0) {
            throw new IOException(file + ": key 'num_attention_heads' must be positive, got " + heads);
        }
        Object headDim = c.get("head_dim");
        return new ModelDims(hidden, intKey(c, "num_hidden_layers", file), heads,
                c.containsKey("num_key_value_heads") ? intKey(c, "num_key_value_heads", file) : heads,
                headDim instanceof Number n ? n.intValue() : hidden / heads, intKey(c, "intermediate_size", file),
                intKey(c, "vocab_size", file), !Boolean.FALSE.equals(c.get("tie_word_embeddings")));
    }

    private static int intKey(Map<String, Object> c, String key, Path file) throws IOException {
        if (!(c.get(key) instanceof Number n)) {
            throw new IOException(file + ": key '" + key + "' is missing or not a number");
        }
        return n.intValue();
    }

    /** Output width of the query projection (H × Dh). */
    public int qWidth() {
        return numAttentionHeads * headDim;
    }

    /** Output width of the key and value projections (K × Dh). */
    public int kvWidth() {
        return numKeyValueHeads * headDim;
    }

    /** Number of weights of the whole model (embedding, layers, final norm, untied head). */
    public long parameterCount() {
        long d = hiddenSize;
        long perLayer = d * qWidth() + qWidth() + 2 * (d * kvWidth() + kvWidth()) + (long) qWidth() * d
                + 3 * d * intermediateSize + 2 * d;
        long embed = (long) vocabSize * d;
        return embed + numHiddenLayers * perLayer + d + (tieWordEmbeddings ? 0 : embed);
    }

    /** {in, out} features of a projection by its Hugging Face module name ({@code q_proj} … {@code down_proj}). */
    public int[] projectionShape(String target) {
        return switch (target) {
            case "q_proj" -> new int[] {hiddenSize, qWidth()};
            case "k_proj", "v_proj" -> new int[] {hiddenSize, kvWidth()};
            case "o_proj" -> new int[] {qWidth(), hiddenSize};
            case "gate_proj", "up_proj" -> new int[] {hiddenSize, intermediateSize};
            case "down_proj" -> new int[] {intermediateSize, hiddenSize};
            default -> throw new IllegalArgumentException("unknown LoRA target '" + target
                    + "' (expected q_proj, k_proj, v_proj, o_proj, gate_proj, up_proj, down_proj)");
        };
    }

    /** Number of LoRA weights (A and B of every target in every layer) at rank {@code r}. */
    public long loraParameterCount(int r, Iterable<String> targets) {
        long perLayer = 0;
        for (String t : targets) {
            int[] s = projectionShape(t);
            perLayer += (long) r * (s[0] + s[1]);
        }
        return perLayer * numHiddenLayers;
    }
}

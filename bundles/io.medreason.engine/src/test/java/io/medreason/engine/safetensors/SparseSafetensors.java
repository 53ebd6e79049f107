package io.medreason.engine.safetensors;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-size safetensors files that cost no disk: a real header, the data section left as a hole (reads as zeros) and
 * a few rows of known BF16 values written at their offsets. {@link #value} gives every written element, exactly
 * representable in BF16 and FP16.
 */
public final class SparseSafetensors {

    /** One tensor of a file to write. */
    public record Entry(String name, SafeDType dtype, long... shape) {

        long bytes() {
            long n = dtype.bytes();
            for (long d : shape) {
                n *= d;
            }
            return n;
        }
    }

    private SparseSafetensors() {
    }

    /** Writes the header of {@code entries} (in order) and sets the full length; returns each data offset. */
    public static Map<String, Long> write(Path file, List<Entry> entries) throws IOException {
        StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
        long at = 0;
        List<Long> begins = new ArrayList<>();
        for (Entry e : entries) {
            begins.add(at);
            json.append(",\"").append(e.name()).append("\":{\"dtype\":\"").append(e.dtype()).append("\",\"shape\":")
                    .append(java.util.Arrays.toString(e.shape()).replace(" ", "")).append(",\"data_offsets\":[")
                    .append(at).append(',').append(at + e.bytes()).append("]}");
            at += e.bytes();
        }
        json.append('}');
        while ((json.length() + 8) % 8 != 0) {
            json.append(' ');
        }
        byte[] header = json.toString().getBytes(StandardCharsets.US_ASCII);
        long dataStart = 8L + header.length;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            raf.write(header);
            raf.setLength(dataStart + at);
        }
        Map<String, Long> offsets = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            offsets.put(entries.get(i).name(), dataStart + begins.get(i));
        }
        return offsets;
    }

    /** Writes row {@code row} of a BF16 matrix with {@code cols} columns whose data start at {@code offset}. */
    public static void writeBf16Row(Path file, long offset, long row, int cols) throws IOException {
        ByteBuffer bits = ByteBuffer.allocate(cols * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < cols; c++) {
            bits.putShort(FloatWidening.toBf16(value(row, c)));
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset + row * cols * 2L);
            raf.write(bits.array());
        }
    }

    /** The known value of a written element: 8 significant bits at most, so BF16 and FP16 hold it exactly. */
    public static float value(long row, int col) {
        int whole = (int) (row % 97) - 48 + (int) (row / 97 % 13);
        return whole + (col % 4) * 0.25f + (col % 3 == 0 ? 0 : 1);
    }

    /** Qwen2.5-7B's {@code config.json} (the values of the published model). */
    public static final String QWEN25_7B_CONFIG = """
            {"architectures": ["Qwen2ForCausalLM"], "model_type": "qwen2", "hidden_size": 3584,
             "intermediate_size": 18944, "num_hidden_layers": 28, "num_attention_heads": 28,
             "num_key_value_heads": 4, "vocab_size": 152064, "max_position_embeddings": 131072,
             "rope_theta": 1000000.0, "rms_norm_eps": 1e-06, "hidden_act": "silu", "tie_word_embeddings": false,
             "use_sliding_window": false, "sliding_window": 131072, "max_window_layers": 28,
             "bos_token_id": 151643, "eos_token_id": 151643, "attention_dropout": 0.0, "torch_dtype": "bfloat16"}
            """;

    /**
     * A sharded BF16 checkpoint with Qwen2.5-7B's dimensions in {@code dir}: config.json, the shard index and four
     * sparse shards of seven layers each (15 GB apparent size, a few MB on disk), the embedding in the first shard and
     * the final norm and untied {@code lm_head} in the last. Rows {@code rows} of the embedding and the head hold
     * {@link #value}s; everything else is zero.
     */
    public static void qwen25_7b(Path dir, long... rows) throws IOException {
        Files.writeString(dir.resolve("config.json"), QWEN25_7B_CONFIG);
        StringBuilder index = new StringBuilder("{\"metadata\": {}, \"weight_map\": {");
        for (int shard = 0; shard < 4; shard++) {
            String name = String.format(java.util.Locale.ROOT, "model-%05d-of-00004.safetensors", shard + 1);
            List<Entry> entries = new ArrayList<>();
            if (shard == 0) {
                entries.add(new Entry("model.embed_tokens.weight", SafeDType.BF16, 152064, 3584));
            }
            for (int layer = shard * 7; layer < shard * 7 + 7; layer++) {
                entries.addAll(layer(layer));
            }
            if (shard == 3) {
                entries.add(new Entry("model.norm.weight", SafeDType.BF16, 3584));
                entries.add(new Entry("lm_head.weight", SafeDType.BF16, 152064, 3584));
            }
            Path file = dir.resolve(name);
            Map<String, Long> offsets = write(file, entries);
            for (String big : List.of("model.embed_tokens.weight", "lm_head.weight")) {
                if (offsets.containsKey(big)) {
                    for (long row : rows) {
                        writeBf16Row(file, offsets.get(big), row, 3584);
                    }
                }
            }
            for (Entry e : entries) {
                index.append(index.charAt(index.length() - 1) == '{' ? "" : ", ").append('"').append(e.name())
                        .append("\": \"").append(name).append('"');
            }
        }
        Files.writeString(dir.resolve(Checkpoint.INDEX), index.append("}}\n").toString());
    }

    private static List<Entry> layer(int i) {
        String p = "model.layers." + i + ".";
        long d = 3584;
        long kv = 4 * 128;
        long inter = 18944;
        return List.of(new Entry(p + "input_layernorm.weight", SafeDType.BF16, d),
                new Entry(p + "self_attn.q_proj.weight", SafeDType.BF16, d, d),
                new Entry(p + "self_attn.q_proj.bias", SafeDType.BF16, d),
                new Entry(p + "self_attn.k_proj.weight", SafeDType.BF16, kv, d),
                new Entry(p + "self_attn.k_proj.bias", SafeDType.BF16, kv),
                new Entry(p + "self_attn.v_proj.weight", SafeDType.BF16, kv, d),
                new Entry(p + "self_attn.v_proj.bias", SafeDType.BF16, kv),
                new Entry(p + "self_attn.o_proj.weight", SafeDType.BF16, d, d),
                new Entry(p + "post_attention_layernorm.weight", SafeDType.BF16, d),
                new Entry(p + "mlp.gate_proj.weight", SafeDType.BF16, inter, d),
                new Entry(p + "mlp.up_proj.weight", SafeDType.BF16, inter, d),
                new Entry(p + "mlp.down_proj.weight", SafeDType.BF16, d, inter));
    }
}

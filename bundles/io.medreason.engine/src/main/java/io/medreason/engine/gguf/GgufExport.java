package io.medreason.engine.gguf;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.export.MergedWeights;
import io.medreason.engine.model.Qwen2Config;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a Qwen2 model (base + optional PEFT adapter, merged as it streams) as a GGUF file that llama.cpp loads with
 * its {@code qwen2} architecture: llama.cpp's tensor names ({@code token_embd}, {@code blk.N.attn_q} …,
 * {@code output_norm}, {@code output} unless the embeddings are tied), the hyper-parameters under {@code qwen2.*},
 * and the tokenizer as a {@code gpt2} vocabulary with the {@code qwen2} pre-tokenizer. Weights (2-D) are F16, or Q8_0
 * where the row length is a multiple of 32 (else F16, as llama.cpp's converter does); norms and biases are F32.
 * Hugging Face's (out, in) matrices need no reordering: ggml lists the same row-major data as ne = [in, out], and
 * llama.cpp applies Qwen2's rotary embedding in the NeoX (half-split) layout Hugging Face uses.
 */
public final class GgufExport {

    /** The file types we write ({@code general.file_type}: llama.cpp's {@code LLAMA_FTYPE_MOSTLY_*}). */
    public enum FileType {
        F16(1, GgmlType.F16), Q8_0(7, GgmlType.Q8_0);

        final int id;
        final GgmlType weights;

        FileType(int id, GgmlType weights) {
            this.id = id;
            this.weights = weights;
        }

        /** {@code f16} or {@code q8_0}, else a usage error. */
        public static FileType parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "f16", "fp16" -> F16;
                case "q8_0", "q8" -> Q8_0;
                default -> throw new UsageException("--type must be f16 or q8_0, got '" + text + "'");
            };
        }
    }

    private static final int BLOCK_ELEMENTS = 4 << 20;

    private GgufExport() {
    }

    /** Writes {@code out}; returns the tensors written (GGUF name → type). */
    public static Map<String, GgmlType> export(Path modelDir, Path adapterDir, Path out, FileType type)
            throws IOException {
        Qwen2Config c = Qwen2Config.read(modelDir);
        GgufVocab vocab = GgufVocab.read(modelDir, c.vocabSize());
        GgufWriter writer = new GgufWriter();
        metadata(writer.metadata(), c, vocab, type, modelDir);
        try (MergedWeights weights = MergedWeights.open(modelDir, adapterDir)) {
            Map<String, GgmlType> written = new LinkedHashMap<>();
            for (String[] pair : names(c)) {
                if (!weights.base().has(pair[0])) {
                    throw new UsageException(modelDir + ": the checkpoint has no tensor " + pair[0]);
                }
                long[] shape = weights.info(pair[0]).shape();
                GgmlType t = tensorType(shape, type);
                writer.addTensor(pair[1], pair[0], shape, t);
                written.put(pair[1], t);
            }
            writer.write(out, (tensor, sink) -> encode(weights, tensor, sink));
            return written;
        }
    }

    private static GgmlType tensorType(long[] shape, FileType type) {
        if (shape.length < 2) {
            return GgmlType.F32;
        }
        return shape[shape.length - 1] % type.weights.blockElements() == 0 ? type.weights : GgmlType.F16;
    }

    /** Hugging Face name → llama.cpp name, every tensor llama.cpp's qwen2 graph reads, in file order. */
    static List<String[]> names(Qwen2Config c) {
        List<String[]> n = new ArrayList<>();
        n.add(new String[] {"model.embed_tokens.weight", "token_embd.weight"});
        for (int i = 0; i < c.numHiddenLayers(); i++) {
            String hf = "model.layers." + i + ".";
            String g = "blk." + i + ".";
            n.add(new String[] {hf + "input_layernorm.weight", g + "attn_norm.weight"});
            for (String p : List.of("q", "k", "v")) {
                n.add(new String[] {hf + "self_attn." + p + "_proj.weight", g + "attn_" + p + ".weight"});
                n.add(new String[] {hf + "self_attn." + p + "_proj.bias", g + "attn_" + p + ".bias"});
            }
            n.add(new String[] {hf + "self_attn.o_proj.weight", g + "attn_output.weight"});
            n.add(new String[] {hf + "post_attention_layernorm.weight", g + "ffn_norm.weight"});
            for (String p : List.of("gate", "up", "down")) {
                n.add(new String[] {hf + "mlp." + p + "_proj.weight", g + "ffn_" + p + ".weight"});
            }
        }
        n.add(new String[] {"model.norm.weight", "output_norm.weight"});
        if (!c.tieWordEmbeddings()) {
            n.add(new String[] {"lm_head.weight", "output.weight"});
        }
        return n;
    }

    private static void metadata(GgufWriter.Kv kv, Qwen2Config c, GgufVocab v, FileType type, Path modelDir) {
        String arch = "qwen2";
        kv.putString("general.architecture", arch);
        kv.putString("general.type", "model");
        kv.putString("general.name", modelDir.toAbsolutePath().normalize().getFileName().toString());
        kv.putU32("general.alignment", GgufWriter.ALIGNMENT);
        kv.putU32(arch + ".block_count", c.numHiddenLayers());
        kv.putU32(arch + ".context_length", c.maxPositionEmbeddings());
        kv.putU32(arch + ".embedding_length", c.hiddenSize());
        kv.putU32(arch + ".feed_forward_length", c.intermediateSize());
        kv.putU32(arch + ".attention.head_count", c.numAttentionHeads());
        kv.putU32(arch + ".attention.head_count_kv", c.numKeyValueHeads());
        kv.putF32(arch + ".rope.freq_base", c.ropeTheta());
        kv.putF32(arch + ".attention.layer_norm_rms_epsilon", c.rmsNormEps());
        if (c.headDim() != c.hiddenSize() / c.numAttentionHeads()) {
            kv.putU32(arch + ".attention.key_length", c.headDim());
            kv.putU32(arch + ".attention.value_length", c.headDim());
        }
        kv.putU32("general.file_type", type.id);
        kv.putU32("general.quantization_version", 2);
        kv.putString("tokenizer.ggml.model", "gpt2");
        kv.putString("tokenizer.ggml.pre", "qwen2");
        kv.putStrings("tokenizer.ggml.tokens", v.tokens());
        kv.putI32s("tokenizer.ggml.token_type", v.types());
        kv.putStrings("tokenizer.ggml.merges", v.merges());
        Map<String, String> keys = Map.of("bos", "bos_token_id", "eos", "eos_token_id", "unk", "unknown_token_id",
                "pad", "padding_token_id");
        v.specialIds().forEach((kind, id) -> kv.putU32("tokenizer.ggml." + keys.get(kind), id));
        if (v.addBos() != null) {
            kv.putBool("tokenizer.ggml.add_bos_token", v.addBos());
        }
        if (v.chatTemplate() != null) {
            kv.putString("tokenizer.chat_template", v.chatTemplate());
        }
    }

    private static void encode(MergedWeights weights, GgufWriter.Tensor t, GgufWriter.Sink sink) throws IOException {
        long rowLength = MergedWeights.rowLength(weights.info(t.source()));
        ByteBuffer buf = ByteBuffer.allocate((int) (Math.max(BLOCK_ELEMENTS, rowLength) * 4))
                .order(ByteOrder.LITTLE_ENDIAN);
        weights.rows(t.source(), BLOCK_ELEMENTS, (values, rows) -> {
            int n = (int) (rows * rowLength);
            buf.clear();
            switch (t.type()) {
                case F32 -> buf.asFloatBuffer().put(values, 0, n);
                case F16 -> {
                    for (int i = 0; i < n; i++) {
                        buf.putShort(2 * i, Float.floatToFloat16(values[i]));
                    }
                }
                case Q8_0 -> Q8_0.quantize(values, n, buf);
            }
            buf.position(0).limit((int) t.type().bytes(n));
            sink.write(buf);
        });
    }
}

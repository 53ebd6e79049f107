package io.medreason.engine.gguf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.TestData;
import io.medreason.engine.cli.ExportGgufCommand;
import io.medreason.engine.export.MergedWeights;
import io.medreason.engine.safetensors.TensorInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason export-gguf} of the tiny model with its test adapter, read back with our own GGUF reader: header,
 * metadata (hyper-parameters, tokenizer, chat template), llama.cpp's tensor names and shapes, 32-byte alignment,
 * and the data: F16 tensors are the FP16 rounding of the merged FP32 weights, F32 norms exact, Q8_0 within its bound.
 * Also the Modelfile beside it.
 */
class GgufExportTest {

    @TempDir
    Path dir;

    private static final Path ADAPTER = TestData.resource("tiny-qwen2/adapter");

    private Path export(Path model, String type) throws Exception {
        Path out = dir.resolve("tiny-" + type + ".gguf");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        assertEquals(0, new ExportGgufCommand().run(List.of("--model", model.toString(), "--adapter",
                ADAPTER.toString(), "--out", out.toString(), "--type", type), new PrintStream(text, true), System.err));
        System.out.print("export-gguf: " + text);
        return out;
    }

    /** The merged FP32 weights by Hugging Face name. */
    private static Map<String, float[]> merged() throws Exception {
        Map<String, float[]> all = new HashMap<>();
        try (MergedWeights w = MergedWeights.open(TestData.TINY_MODEL, ADAPTER)) {
            for (String name : w.names()) {
                TensorInfo info = w.info(name);
                float[] values = new float[(int) info.elements()];
                int[] at = {0};
                long row = MergedWeights.rowLength(info);
                w.rows(name, 1 << 20, (v, rows) -> {
                    System.arraycopy(v, 0, values, at[0], (int) (rows * row));
                    at[0] += (int) (rows * row);
                });
                all.put(name, values);
            }
        }
        return all;
    }

    @Test
    void f16FileHasLlamaCppNamesMetadataAndTheMergedWeights() throws Exception {
        Path file = export(TestData.TINY_MODEL, "f16");
        JsonNode config = new ObjectMapper().readTree(TestData.TINY_MODEL.resolve("config.json").toFile());
        JsonNode tokenizer = new ObjectMapper().readTree(TestData.TINY_MODEL.resolve("tokenizer.json").toFile());
        JsonNode tc = new ObjectMapper().readTree(TestData.TINY_MODEL.resolve("tokenizer_config.json").toFile());
        Map<String, float[]> merged = merged();
        try (GgufReader r = GgufReader.open(file)) {
            Map<String, Object> m = r.metadata();
            assertEquals(3, r.version());
            assertEquals("qwen2", m.get("general.architecture"));
            assertEquals(1L, m.get("general.file_type"));
            assertEquals(2L, m.get("qwen2.block_count"));
            assertEquals(32L, m.get("qwen2.embedding_length"));
            assertEquals(96L, m.get("qwen2.feed_forward_length"));
            assertEquals(4L, m.get("qwen2.attention.head_count"));
            assertEquals(2L, m.get("qwen2.attention.head_count_kv"));
            assertEquals(32768L, m.get("qwen2.context_length"));
            assertEquals(1e6, (Double) m.get("qwen2.rope.freq_base"), 0);
            assertEquals(1e-6, (Double) m.get("qwen2.attention.layer_norm_rms_epsilon"), 1e-12);
            assertEquals("gpt2", m.get("tokenizer.ggml.model"));
            assertEquals("qwen2", m.get("tokenizer.ggml.pre"));
            List<?> tokens = (List<?>) m.get("tokenizer.ggml.tokens");
            List<?> types = (List<?>) m.get("tokenizer.ggml.token_type");
            assertEquals(151936, tokens.size());
            assertEquals(151936, types.size());
            assertEquals("<|im_start|>", tokens.get(151644));
            assertEquals(3L, types.get(151644), "special added token: CONTROL");
            assertEquals(tokenizer.path("model").path("vocab").get("Ġthe").asInt(), tokens.indexOf("Ġthe"));
            assertEquals(1L, types.get(tokens.indexOf("Ġthe")), "NORMAL");
            assertEquals("[PAD151935]", tokens.get(151935));
            assertEquals(5L, types.get(151935), "UNUSED");
            assertEquals(tokenizer.path("model").path("merges").size(), ((List<?>) m.get("tokenizer.ggml.merges"))
                    .size());
            assertEquals(151643L, m.get("tokenizer.ggml.bos_token_id"));
            assertEquals(151645L, m.get("tokenizer.ggml.eos_token_id"));
            assertEquals(151643L, m.get("tokenizer.ggml.padding_token_id"));
            assertEquals(false, m.get("tokenizer.ggml.add_bos_token"));
            assertEquals(tc.get("chat_template").asText(), m.get("tokenizer.chat_template"));

            assertFalse(r.tensors().containsKey("output.weight"), "tied embeddings: llama.cpp reuses token_embd");
            assertEquals(1 + 2 * 12 + 1, r.tensors().size()); // embedding, 12 per layer, final norm
            assertTrue(r.dataStart() % 32 == 0);
            double worst = 0;
            for (String[] pair : GgufExport.names(io.medreason.engine.model.Qwen2Config.read(TestData.TINY_MODEL))) {
                GgufReader.TensorInfo t = r.tensors().get(pair[1]);
                float[] want = merged.get(pair[0]);
                assertEquals(0, t.offset() % 32, pair[1] + " aligned");
                assertEquals(want.length, t.elements(), pair[1]);
                assertEquals(t.shape().length == 1 ? GgmlType.F32 : GgmlType.F16, t.type(), pair[1]);
                float[] got = r.floats(pair[1]);
                for (int i = 0; i < want.length; i++) {
                    float exact = t.type() == GgmlType.F32 ? want[i] : Float.float16ToFloat(Float.floatToFloat16(
                            want[i]));
                    assertEquals(exact, got[i], pair[1] + "[" + i + "]");
                    worst = Math.max(worst, Math.abs(got[i] - want[i]));
                }
            }
            assertTrue(java.util.Arrays.equals(new long[] {32, 96}, r.tensors().get("blk.0.ffn_down.weight").shape()),
                    "Hugging Face's (out, in) read back");
            System.out.printf("f16 GGUF: %d tensors, all equal to the f16 rounding of the merged weights (largest"
                    + " |f16 - fp32| %.2e), %d tokens, %d merges%n", r.tensors().size(), worst, tokens.size(),
                    ((List<?>) m.get("tokenizer.ggml.merges")).size());
        }
    }

    @Test
    void q8FileQuantisesWeightsWithinTheBlockBound() throws Exception {
        Path file = export(TestData.TINY_MODEL, "q8_0");
        Map<String, float[]> merged = merged();
        double worstError = 0;
        double worstRatio = 0;
        int quantised = 0;
        try (GgufReader r = GgufReader.open(file)) {
            assertEquals(7L, r.metadata().get("general.file_type"));
            for (String[] pair : GgufExport.names(io.medreason.engine.model.Qwen2Config.read(TestData.TINY_MODEL))) {
                GgufReader.TensorInfo t = r.tensors().get(pair[1]);
                float[] want = merged.get(pair[0]);
                float[] got = r.floats(pair[1]);
                if (t.shape().length == 1) {
                    assertEquals(GgmlType.F32, t.type(), pair[1]);
                    assertEquals(-1, java.util.Arrays.mismatch(want, got), pair[1]);
                    continue;
                }
                assertEquals(GgmlType.Q8_0, t.type(), pair[1]);
                quantised++;
                for (int b = 0; b < want.length; b += 32) {
                    float amax = 0;
                    for (int j = 0; j < 32; j++) {
                        amax = Math.max(amax, Math.abs(want[b + j]));
                    }
                    float d = amax / 127f;
                    double bound = d / 2 + 127 * Math.abs(d - Float.float16ToFloat(Float.floatToFloat16(d))) + 1e-7 * d;
                    for (int j = 0; j < 32; j++) {
                        double err = Math.abs(got[b + j] - want[b + j]);
                        assertTrue(err <= bound, pair[1] + "[" + (b + j) + "]: error " + err + " > bound " + bound);
                        worstError = Math.max(worstError, err);
                        worstRatio = Math.max(worstRatio, bound == 0 ? 0 : err / bound);
                    }
                }
            }
        }
        System.out.printf("q8_0 GGUF: %d matrices dequantised within d/2 + 127·|d - f16(d)| of the merged weights;"
                + " largest error %.3e, largest error/bound %.3f%n", quantised, worstError, worstRatio);
        assertEquals(1 + 2 * 7, quantised);
    }

    @Test
    void modelfileBesideTheGgufHasChatMlStopsAndGenerationDefaults() throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        try (var files = Files.list(TestData.TINY_MODEL)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, base.resolve(f.getFileName()));
            }
        }
        Files.writeString(base.resolve("generation_config.json"), """
                {"bos_token_id": 151643, "do_sample": true, "eos_token_id": [151645, 151643], "pad_token_id": 151643,
                 "repetition_penalty": 1.05, "temperature": 0.7, "top_k": 20, "top_p": 0.8}
                """);
        Path file = export(base, "f16");
        String text = Files.readString(dir.resolve(Modelfile.NAME));
        System.out.println(text);
        assertTrue(text.contains("FROM ./" + file.getFileName() + "\n"), text);
        assertTrue(text.contains("TEMPLATE \"\"\"{{- if .System }}<|im_start|>system\n{{ .System }}<|im_end|>\n"));
        assertTrue(text.contains("<|im_start|>{{ $m.Role }}\n{{ $m.Content }}"));
        assertTrue(text.contains("<|im_start|>assistant\n"));
        List<String> params = new ArrayList<>(text.lines().filter(l -> l.startsWith("PARAMETER")).toList());
        assertEquals(List.of("PARAMETER stop \"<|im_start|>\"", "PARAMETER stop \"<|im_end|>\"",
                "PARAMETER stop \"<|endoftext|>\"", "PARAMETER temperature 0.7", "PARAMETER top_p 0.8",
                "PARAMETER top_k 20", "PARAMETER repeat_penalty 1.05"), params);
    }

    @Test
    void badTypeAndMissingFolderAreUsageErrors() {
        String type = assertThrows(UsageException.class, () -> new ExportGgufCommand().run(List.of("--model",
                TestData.TINY_MODEL.toString(), "--out", dir.resolve("x.gguf").toString(), "--type", "q4_k"),
                System.out, System.err)).getMessage();
        assertTrue(type.contains("--type"), type);
        String name = assertThrows(UsageException.class, () -> new ExportGgufCommand().run(List.of("--model",
                TestData.TINY_MODEL.toString(), "--out", dir.resolve("x.bin").toString()), System.out, System.err))
                .getMessage();
        assertTrue(name.contains(".gguf"), name);
    }
}

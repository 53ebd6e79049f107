package io.medreason.engine.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafeDType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merged export: logits of the merged folder equal base + adapter logits; layout, types, shards, copied files. */
class MergedExportTest {

    @TempDir
    Path dir;

    private static final long[] IDS = {151644, 872, 198, 104172, 100406, 106534, 100950, 11319, 151645};

    private static float[] logits(Path model, Path adapter) {
        try (Qwen2Model m = Qwen2Model.load(model, Device.cpu(), DataType.FLOAT32);
                NDManager nd = m.manager().newSubManager()) {
            if (adapter != null) {
                LoraAdapter.load(m, adapter);
            }
            return m.forward(nd.create(IDS, new Shape(1, IDS.length)), null).toFloatArray();
        }
    }

    private static double largestDifference(float[] a, float[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double largest(float[] a) {
        double max = 0;
        for (float v : a) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    @Test
    void mergedFp32FolderReproducesBasePlusAdapter() throws Exception {
        Engine.init();
        Path adapter = TestData.resource("tiny-qwen2/adapter");
        Path out = dir.resolve("merged");
        List<String> merged = MergedExport.export(TestData.TINY_MODEL, adapter, out, 4L << 20, SafeDType.F32);
        assertEquals(2 * 7, merged.size());
        assertTrue(Files.exists(out.resolve(Checkpoint.INDEX)), "sharded above 4 MB");
        assertTrue(Files.exists(out.resolve("tokenizer.json")) && Files.exists(out.resolve("config.json")));
        float[] expected = logits(TestData.TINY_MODEL, adapter);
        float[] actual = logits(out, null);
        double diff = largestDifference(actual, expected);
        System.out.printf("merged fp32 vs base+adapter: largest |logit difference| %.3e (largest |logit| %.3f)%n",
                diff, largest(expected));
        assertTrue(diff <= 1e-5 * largest(expected), "difference " + diff);
    }

    @Test
    void mergedFolderKeepsBaseTypeAndCopiesOtherTensorsExactly() throws Exception {
        Engine.init();
        Path adapter = TestData.resource("tiny-qwen2/adapter");
        Path out = dir.resolve("merged-bf16");
        MergedExport.export(TestData.TINY_MODEL, adapter, out, MergedExport.DEFAULT_MAX_SHARD_BYTES, null);
        assertTrue(Files.exists(out.resolve(Checkpoint.SINGLE)), "one file below the shard size");
        try (Checkpoint base = Checkpoint.open(TestData.TINY_MODEL); Checkpoint m = Checkpoint.open(out)) {
            assertEquals(SafeDType.BF16, m.info("model.layers.0.self_attn.q_proj.weight").dtype());
            assertEquals(base.file("model.embed_tokens.weight").map("model.embed_tokens.weight"),
                    m.file("model.embed_tokens.weight").map("model.embed_tokens.weight"));
        }
        Path exact = dir.resolve("merged-f32");
        MergedExport.export(TestData.TINY_MODEL, adapter, exact, MergedExport.DEFAULT_MAX_SHARD_BYTES, SafeDType.F32);
        try (Checkpoint bf16 = Checkpoint.open(out); Checkpoint f32 = Checkpoint.open(exact)) {
            String name = "model.layers.1.mlp.down_proj.weight";
            float[] rounded = bf16.file(name).floats(name);
            float[] full = f32.file(name).floats(name);
            double worst = 0;
            for (int i = 0; i < full.length; i++) {
                worst = Math.max(worst, Math.abs(rounded[i] - full[i]) / Math.abs(full[i]));
            }
            System.out.printf("merged bf16 weights vs fp32 merge: largest relative difference %.3e%n", worst);
            assertTrue(worst <= 1.0 / 256, "bf16 rounding is within half a unit in the last place: " + worst);
        }
    }
}

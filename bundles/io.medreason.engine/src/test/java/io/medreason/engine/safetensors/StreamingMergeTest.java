package io.medreason.engine.safetensors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.engine.cli.MergeCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason merge --dtype fp32} of a base whose BF16 embedding has Qwen2.5-7B's size [152064, 3584] (a sparse
 * file): the FP32 output tensor is 2.18 GB, more than a Java array or buffer holds, and the JVM's heap is 256 MiB.
 * The known rows come out exact, the merged projection equals W + scaling·B·A, and the heap peak stays small.
 */
@Tag("small-heap")
class StreamingMergeTest {

    private static final long[] KNOWN = {0, 3120, 149796, 152063};
    private static final int D = 3584;
    private static final int R = 8;

    @TempDir
    Path dir;

    @Test
    void fp32MergeOfASevenBillionSizedEmbeddingStreams() throws Exception {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("config.json"), SparseSafetensors.QWEN25_7B_CONFIG);
        Path weights = base.resolve(Checkpoint.SINGLE);
        var offsets = SparseSafetensors.write(weights, List.of(
                new SparseSafetensors.Entry("model.embed_tokens.weight", SafeDType.BF16, 152064, D),
                new SparseSafetensors.Entry("model.layers.0.self_attn.q_proj.weight", SafeDType.BF16, D, D)));
        for (long row : KNOWN) {
            SparseSafetensors.writeBf16Row(weights, offsets.get("model.embed_tokens.weight"), row, D);
        }
        float[] a = random(R * D, 1);
        float[] b = random(D * R, 2);
        Path adapter = adapter(dir.resolve("adapter"), a, b);
        Path out = dir.resolve("merged");
        MemoryPeak peak = MemoryPeak.start();
        long start = System.nanoTime();
        assertEquals(0, new MergeCommand().run(List.of("--model", base.toString(), "--adapter", adapter.toString(),
                "--out", out.toString(), "--dtype", "fp32"), System.out, System.err));
        double seconds = (System.nanoTime() - start) / 1e9;
        try (SafetensorsFile merged = SafetensorsFile.open(out.resolve(Checkpoint.SINGLE))) {
            TensorInfo embed = merged.info("model.embed_tokens.weight");
            assertEquals(SafeDType.F32, embed.dtype());
            assertEquals(152064L * D * 4, embed.byteLength());
            float[] row = new float[D];
            for (long r : List.of(0L, 1L, 3120L, 149796L, 152062L, 152063L)) {
                merged.readFloats(embed.name(), r * D, row, D);
                boolean known = java.util.Arrays.stream(KNOWN).anyMatch(k -> k == r);
                for (int c = 0; c < D; c++) {
                    assertEquals(known ? SparseSafetensors.value(r, c) : 0f, row[c], "row " + r + " col " + c);
                }
            }
            double worst = 0;
            String q = "model.layers.0.self_attn.q_proj.weight";
            for (int r : new int[] {0, 1791, D - 1}) {
                merged.readFloats(q, (long) r * D, row, D);
                for (int c = 0; c < D; c++) {
                    double want = 0;
                    for (int k = 0; k < R; k++) {
                        want += (double) b[r * R + k] * a[k * D + c];
                    }
                    worst = Math.max(worst, Math.abs(row[c] - 2.0 * want)); // scaling = alpha 16 / r 8
                }
            }
            System.out.printf("StreamingMergeTest: 2.18 GB fp32 embedding merged in %.1f s; merged q_proj vs"
                    + " scaling·B·A in double: largest difference %.2e; %s%n", seconds, worst, peak.describe());
            assertTrue(worst < 1e-5, "merged projection: " + worst);
        }
        // The bound is the JVM's: -Xmx256m (small-heap execution) could not hold the 2.18 GB tensor or a 2 GB buffer.
        // The heap peak printed above counts uncollected garbage of the 16 MiB blocks, so it is reported, not asserted.
    }

    private static float[] random(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (rnd.nextDouble() - 0.5) * 0.1f;
        }
        return v;
    }

    private static Path adapter(Path dir, float[] a, float[] b) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("adapter_config.json"), """
                {"peft_type": "LORA", "r": 8, "lora_alpha": 16, "target_modules": ["q_proj"], "bias": "none"}
                """);
        new SafetensorsWriter()
                .addFloats("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", new long[] {R, D}, a,
                        SafeDType.F32)
                .addFloats("base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight", new long[] {D, R}, b,
                        SafeDType.F32)
                .write(dir.resolve("adapter_model.safetensors"));
        return dir;
    }
}

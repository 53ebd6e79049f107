package io.medreason.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryEstimateTest {

    private static final long T4 = 15L * 1024 * 1024 * 1024;

    @Test
    void parameterCountsMatchThePublishedModels() {
        // published sizes: Qwen2.5-0.5B 494,032,768 and Qwen2.5-3B 3,085,938,688 weights; PEFT's count for r=32 on
        // all seven projections of the 3B model is 59,867,136
        assertEquals(494_032_768L, ModelDims.QWEN25_05B.parameterCount());
        assertEquals(3_085_938_688L, ModelDims.QWEN25_3B.parameterCount());
        assertEquals(59_867_136L, ModelDims.QWEN25_3B.loraParameterCount(32, TrainingConfig.ALL_TARGETS));
    }

    @Test
    void referenceRecipeOnAT4NeedsCheckpointingAndThenFits() {
        MemoryEstimate estimate = new MemoryEstimate(ModelDims.QWEN25_3B);
        MemoryEstimate.Settings recipe =
                new MemoryEstimate.Settings(2, 8, 2048, 32, TrainingConfig.ALL_TARGETS, 2, false, false);
        MemoryEstimate.Breakdown plain = estimate.estimate(recipe, T4);
        System.out.println("3B recipe on a T4: " + plain);
        assertFalse(plain.fits());
        assertEquals(ModelDims.QWEN25_3B.parameterCount() * 2, plain.weights());
        MemoryEstimate.Settings fix = estimate.suggest(recipe, T4);
        assertNotNull(fix);
        assertTrue(estimate.estimate(fix, T4).fits());
        assertEquals(16, fix.batchSize() * fix.gradAccum(), "effective batch kept");
        assertTrue(MemoryEstimate.flagsFor(recipe, fix).startsWith("--gradient-checkpointing"));
    }

    @Test
    void checkpointingAndFusedAttentionShrinkActivations() {
        MemoryEstimate estimate = new MemoryEstimate(ModelDims.QWEN25_05B);
        var eager = new MemoryEstimate.Settings(1, 1, 2048, 32, TrainingConfig.ALL_TARGETS, 4, false, false);
        var fused = new MemoryEstimate.Settings(1, 1, 2048, 32, TrainingConfig.ALL_TARGETS, 4, false, true);
        var ckpt = new MemoryEstimate.Settings(1, 1, 2048, 32, TrainingConfig.ALL_TARGETS, 4, true, true);
        long a = estimate.estimate(eager, T4).activations();
        long b = estimate.estimate(fused, T4).activations();
        long c = estimate.estimate(ckpt, T4).activations();
        assertTrue(a > b && b > c, a + " > " + b + " > " + c);
    }

    @Test
    void logitsAreBoundedByTheHeadsChunk() {
        MemoryEstimate estimate = new MemoryEstimate(ModelDims.QWEN25_3B);
        var shortRun = new MemoryEstimate.Settings(1, 1, MemoryEstimate.LOGIT_ROWS / 4, 32, TrainingConfig.ALL_TARGETS, 2, true, true);
        var oneChunk = new MemoryEstimate.Settings(1, 1, MemoryEstimate.LOGIT_ROWS, 32, TrainingConfig.ALL_TARGETS, 2,
                true, true);
        var longRun = new MemoryEstimate.Settings(2, 1, 2048, 32, TrainingConfig.ALL_TARGETS, 2, true, true);
        long small = estimate.estimate(shortRun, T4).logits();
        long chunk = estimate.estimate(oneChunk, T4).logits();
        assertEquals(4 * small, chunk);
        assertEquals(chunk, estimate.estimate(longRun, T4).logits());
    }

    @Test
    void nothingFitsInATinyDevice() {
        MemoryEstimate estimate = new MemoryEstimate(ModelDims.QWEN25_3B);
        var s = new MemoryEstimate.Settings(1, 16, 2048, 32, TrainingConfig.ALL_TARGETS, 2, true, true);
        assertNull(estimate.suggest(s, 1L << 30));
    }

    @Test
    void dimsAreReadFromConfigJson(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("config.json"), "{\"hidden_size\": 32, \"num_hidden_layers\": 2,"
                + " \"num_attention_heads\": 4, \"num_key_value_heads\": 2, \"intermediate_size\": 96,"
                + " \"vocab_size\": 151936, \"tie_word_embeddings\": true}");
        ModelDims d = ModelDims.read(dir);
        assertEquals(new ModelDims(32, 2, 4, 2, 8, 96, 151936, true), d);
    }

    @Test
    void settingsComeFromTheTrainingConfig() {
        TrainingConfig recipe = TrainingConfig.fromArgs(List.of("--model", "m", "--data", "d", "--output", "o",
                "--gradient-checkpointing", "--device", "gpu"));
        assertEquals(new MemoryEstimate.Settings(2, 8, 2048, 32, TrainingConfig.ALL_TARGETS, 2, true, true),
                MemoryEstimate.Settings.of(recipe));
        TrainingConfig cpu = recipe.with(TrainingOption.DEVICE, "cpu").with(TrainingOption.ATTN_IMPLEMENTATION, "eager")
                .with(TrainingOption.BATCH_SIZE, 1).with(TrainingOption.TARGETS, "q_proj");
        assertEquals(new MemoryEstimate.Settings(1, 8, 2048, 32, List.of("q_proj"), 4, true, false),
                MemoryEstimate.Settings.of(cpu), "auto precision on the CPU is fp32");
        assertEquals(2, MemoryEstimate.Settings.of(cpu.with(TrainingOption.PRECISION, "fp16")).weightBytes());
    }
}

package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;

import io.medreason.core.run.StepMetrics;
import io.medreason.engine.TestData;
import io.medreason.engine.model.AttnImplementation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Activation checkpointing changes memory, not results: three steps of the batch-2, accumulation-2 fixture give the
 * same losses and gradient norms with layer-by-layer recomputation as with one autograd graph, with either attention.
 */
class CheckpointingTest {

    @ParameterizedTest
    @EnumSource(AttnImplementation.class)
    void recomputedBackwardEqualsPlainBackward(AttnImplementation attention, @TempDir Path dir) {
        List<TokenizedExample> records = new ArrayList<>();
        TestData.tinyIds().forEach(ids -> records.add(new TokenizedExample(ids, ids.length / 3)));
        TrainerOptions options = TrainRig.options(3, 0.01, "linear", 1, 0.01, 1.0, 2, 2, 5L);
        List<StepMetrics> plain;
        try (TrainRig rig = new TrainRig(0, TestData.resource("tiny-qwen2/adapter"), DataType.FLOAT32, attention)) {
            rig.run(options, records, dir.resolve("plain"));
            plain = rig.steps;
        }
        try (TrainRig rig = new TrainRig(0, TestData.resource("tiny-qwen2/adapter"), DataType.FLOAT32, attention)) {
            new Trainer(new CheckpointedQwen2(rig.model), rig.adapter.parameters(), rig.model.manager(), options,
                    records, List.of(), new Checkpoints(dir.resolve("ckpt")), rig.adapter::save, new TrainingListener() {
                        @Override
                        public void onStep(StepMetrics m) {
                            rig.steps.add(m);
                        }
                    }).run(new TrainerState(), () -> false);
            double loss = 0;
            double norm = 0;
            for (int i = 0; i < 3; i++) {
                loss = Math.max(loss, Math.abs(rig.steps.get(i).loss() - plain.get(i).loss()));
                norm = Math.max(norm, TestData.relative(rig.steps.get(i).gradNorm(), plain.get(i).gradNorm()));
            }
            System.out.printf("checkpointed vs plain (%s attention): largest loss difference %.3e, grad-norm relative"
                    + " %.3e%n", attention.flagValue(), loss, norm);
            assertEquals(3, rig.steps.size());
            assertTrue(loss < 1e-5 && norm < 1e-5, "loss " + loss + ", grad norm " + norm);
        }
    }
}

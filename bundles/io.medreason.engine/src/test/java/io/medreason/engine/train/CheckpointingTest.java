package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.StepMetrics;
import io.medreason.engine.TestData;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Activation checkpointing changes memory, not results: three steps of the batch-2, accumulation-2 fixture give the
 * same losses and gradient norms with layer-by-layer recomputation as with one autograd graph.
 */
class CheckpointingTest {

    @Test
    void recomputedBackwardEqualsPlainBackward(@TempDir Path dir) {
        List<TokenizedExample> records = new ArrayList<>();
        TestData.tinyIds().forEach(ids -> records.add(new TokenizedExample(ids, ids.length / 3)));
        TrainerOptions options = TrainRig.options(3, 0.01, "linear", 1, 0.01, 1.0, 2, 2, 5L);
        List<StepMetrics> plain;
        try (TrainRig rig = new TrainRig(0)) {
            rig.run(options, records, dir.resolve("plain"));
            plain = rig.steps;
        }
        try (TrainRig rig = new TrainRig(0)) {
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
            System.out.printf("checkpointed vs plain: largest loss difference %.3e, grad-norm relative %.3e%n", loss,
                    norm);
            assertEquals(3, rig.steps.size());
            assertTrue(loss < 1e-5 && norm < 1e-5, "loss " + loss + ", grad norm " + norm);
        }
    }
}

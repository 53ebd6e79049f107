package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunSummary;
import io.medreason.engine.TestData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped after 3 of 6 steps and resumed from its checkpoint reports the same losses for steps 4–6 as a run
 * that was never interrupted: adapter, AdamW moments, schedule position, data order (shuffled, across an epoch
 * boundary) and LoRA dropout all continue exactly.
 */
class ResumeTest {

    private static final TrainerOptions OPTIONS = new TrainerOptions(6, new LrSchedule("linear", 0.01, 1, 6), 0.01,
            1.0, 2, 1, TrainRig.PAD, 11, true, 0, 0, 0, false);

    private static List<TokenizedExample> records() {
        List<TokenizedExample> records = new ArrayList<>();
        TestData.tinyIds().forEach(ids -> records.add(new TokenizedExample(ids, ids.length / 3)));
        records.add(new TokenizedExample(new long[] {9707, 11, 1879, 0, 872, 198}, 2));
        return records;
    }

    @Test
    void resumedLossesEqualTheUninterruptedRun(@TempDir Path dir) throws Exception {
        List<Double> straight = new ArrayList<>();
        try (TrainRig rig = new TrainRig(0.1)) {
            rig.run(OPTIONS, records(), dir.resolve("straight"));
            rig.steps.forEach(s -> straight.add(s.loss()));
        }
        Path stoppedOut = dir.resolve("stopped");
        try (TrainRig rig = new TrainRig(0.1)) {
            RunSummary s = rig.run(OPTIONS, records(), stoppedOut, () -> rig.steps.size() >= 3);
            assertTrue(s.stopped());
            assertEquals(3, s.globalStep());
        }
        Path checkpoint = new Checkpoints(stoppedOut).latest().orElseThrow();
        assertEquals("checkpoint-3", checkpoint.getFileName().toString());
        try (TrainRig rig = new TrainRig(0.1, checkpoint)) {
            Trainer trainer = rig.trainer(OPTIONS, records(), List.of(), stoppedOut);
            TrainerState state = Checkpoints.readState(checkpoint, OPTIONS.seed());
            Checkpoints.restoreOptimizer(checkpoint, trainer.optimizer(), rig.model.manager());
            trainer.run(state, () -> false);
            double max = 0;
            for (int i = 0; i < 3; i++) {
                assertEquals(4 + i, rig.steps.get(i).step());
                max = Math.max(max, Math.abs(rig.steps.get(i).loss() - straight.get(3 + i)));
            }
            System.out.printf("resume: steps 4-6 largest loss difference to the uninterrupted run %.3e%n", max);
            assertTrue(max < 1e-6, "resumed losses differ by " + max);
            assertTrue(Files.isRegularFile(stoppedOut.resolve("checkpoint-6").resolve(TrainerState.FILE)));
        }
    }
}

package io.medreason.engine.train;

import io.medreason.core.cli.RunFailure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dynamic loss scaling as torch.cuda.amp.GradScaler: overflow skips the step and halves, 2000 good steps double. */
class LossScalerTest {

    @Test
    void overflowSkipsAndHalvesThenGrowthDoubles() {
        TrainerState state = new TrainerState();
        LossScaler scaler = new LossScaler(true, state);
        assertEquals(65536, scaler.scale());
        assertFalse(scaler.update(Double.POSITIVE_INFINITY));
        assertFalse(scaler.update(Double.NaN));
        assertEquals(16384, scaler.scale());
        for (int i = 0; i < LossScaler.GROWTH_INTERVAL - 1; i++) {
            assertTrue(scaler.update(1.0));
        }
        assertEquals(16384, scaler.scale());
        assertTrue(scaler.update(1.0));
        assertEquals(32768, scaler.scale());
    }

    @Test
    void twentySkippedStepsInARowStopTheRun() {
        TrainerState state = new TrainerState();
        LossScaler scaler = new LossScaler(true, state);
        for (int i = 0; i < LossScaler.MAX_SKIPPED_IN_A_ROW - 1; i++) {
            assertFalse(scaler.update(Double.NaN));
        }
        assertTrue(scaler.update(1.0), "an applied step resets the count");
        for (int i = 0; i < LossScaler.MAX_SKIPPED_IN_A_ROW - 1; i++) {
            assertFalse(scaler.update(Double.POSITIVE_INFINITY));
        }
        RunFailure stop = assertThrows(RunFailure.class, () -> scaler.update(Double.NaN));
        assertTrue(stop.getMessage().contains("--precision fp32"), stop.getMessage());
    }

    @Test
    void disabledScalerNeverSkips() {
        LossScaler scaler = new LossScaler(false, new TrainerState());
        assertEquals(1.0, scaler.scale());
        assertTrue(scaler.update(Double.POSITIVE_INFINITY));
    }

    @Test
    void schedulesFollowHuggingFace() {
        LrSchedule linear = new LrSchedule("linear", 1.0, 2, 10);
        assertEquals(0.0, linear.at(0));
        assertEquals(0.5, linear.at(1));
        assertEquals(1.0, linear.at(2));
        assertEquals(0.5, linear.at(6), 1e-12);
        LrSchedule cosine = new LrSchedule("cosine", 1.0, 0, 10);
        assertEquals(0.5, cosine.at(5), 1e-12);
        assertEquals(1.0, new LrSchedule("constant", 1.0, 3, 10).at(9));
    }
}

package io.medreason.engine.train;

import io.medreason.core.cli.RunFailure;

/**
 * Dynamic loss scaling as {@code torch.cuda.amp.GradScaler} does it: the loss is multiplied by the scale before
 * backward and the gradients divided by it after; a step whose gradients overflow (infinite or NaN norm) is skipped
 * and the scale halved; after {@value #GROWTH_INTERVAL} good steps in a row the scale doubles. Disabled (scale 1)
 * for fp32 runs.
 */
public final class LossScaler {

    static final int GROWTH_INTERVAL = 2000;
    /** Skipped steps in a row after which the run stops: FP16 overflows whatever the scale. */
    static final int MAX_SKIPPED_IN_A_ROW = 20;

    private final boolean enabled;
    private final TrainerState state;

    public LossScaler(boolean enabled, TrainerState state) {
        this.enabled = enabled;
        this.state = state;
    }

    /** The factor the loss is multiplied by before backward. */
    double scale() {
        return enabled ? state.lossScale : 1.0;
    }

    boolean enabled() {
        return enabled;
    }

    /** Records a step's outcome; returns false when the update must be skipped. */
    boolean update(double unscaledGradNorm) {
        if (!enabled) {
            return true;
        }
        if (!Double.isFinite(unscaledGradNorm)) {
            state.lossScale = Math.max(1.0, state.lossScale / 2);
            state.goodSteps = 0;
            if (++state.skippedInARow >= MAX_SKIPPED_IN_A_ROW) {
                throw new RunFailure("fp16: " + state.skippedInARow + " steps in a row were skipped because the"
                        + " gradients overflowed (infinite or NaN) down to loss scale " + (long) state.lossScale
                        + "; the model's activations exceed FP16's range on this data. Train with --precision fp32"
                        + " (on the CPU, or a GPU with room for FP32 weights), or lower --lr; the checkpoints written"
                        + " so far are kept");
            }
            return false;
        }
        state.skippedInARow = 0;
        if (++state.goodSteps >= GROWTH_INTERVAL) {
            state.lossScale *= 2;
            state.goodSteps = 0;
        }
        return true;
    }
}

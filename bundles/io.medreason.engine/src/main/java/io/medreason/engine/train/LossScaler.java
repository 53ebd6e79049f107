package io.medreason.engine.train;

/**
 * Dynamic loss scaling as {@code torch.cuda.amp.GradScaler} does it: the loss is multiplied by the scale before
 * backward and the gradients divided by it after; a step whose gradients overflow (infinite or NaN norm) is skipped
 * and the scale halved; after {@value #GROWTH_INTERVAL} good steps in a row the scale doubles. Disabled (scale 1)
 * for fp32 runs.
 */
public final class LossScaler {

    static final int GROWTH_INTERVAL = 2000;

    private final boolean enabled;
    private final TrainerState state;

    LossScaler(boolean enabled, TrainerState state) {
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
            return false;
        }
        if (++state.goodSteps >= GROWTH_INTERVAL) {
            state.lossScale *= 2;
            state.goodSteps = 0;
        }
        return true;
    }
}

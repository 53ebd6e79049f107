package io.medreason.core.run;

import io.medreason.core.cli.UsageException;

/**
 * The checks of a {@link TrainingConfig} beyond each value's kind (type, allowed values and whole-number bounds are
 * checked when a value is set, by {@link TrainingOption#parse}). Messages name the flag.
 */
final class TrainingConfigCheck {

    private TrainingConfigCheck() {
    }

    static void check(TrainingConfig c) {
        TrainingConfig.Optimization o = c.optimization();
        if (o.steps() <= 0 && o.epochs() <= 0) {
            throw new UsageException("give --steps N or --epochs E greater than 0");
        }
        atLeast("lr", o.lr(), Double.MIN_VALUE);
        atLeast("weight-decay", o.weightDecay(), 0);
        atLeast("max-grad-norm", o.maxGradNorm(), 0);
        atLeast("epochs", o.epochs(), 0);
        atLeast("lora-alpha", c.lora().alpha(), Double.MIN_VALUE);
        below("lora-dropout", c.lora().dropout(), 1);
        below("eval-fraction", c.data().evalFraction(), 1);
        if (c.lora().targets().isEmpty()) {
            throw new UsageException("--targets: give at least one of " + TrainingConfig.ALL_TARGETS);
        }
        for (String t : c.lora().targets()) {
            if (!TrainingConfig.ALL_TARGETS.contains(t)) {
                throw new UsageException("--targets: unknown module '" + t + "' (expected some of "
                        + TrainingConfig.ALL_TARGETS + ")");
            }
        }
    }

    private static void atLeast(String flag, double value, double min) {
        if (!(value >= min) || Double.isInfinite(value)) {
            throw new UsageException("--" + flag + " must be " + (min == Double.MIN_VALUE ? "greater than 0"
                    : "at least " + TrainingOption.text(min)) + ", got " + TrainingOption.text(value));
        }
    }

    private static void below(String flag, double value, double max) {
        atLeast(flag, value, 0);
        if (value >= max) {
            throw new UsageException("--" + flag + " must be in [0, " + TrainingOption.text(max) + "), got "
                    + TrainingOption.text(value));
        }
    }
}

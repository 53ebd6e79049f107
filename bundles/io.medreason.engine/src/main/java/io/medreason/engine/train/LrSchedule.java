package io.medreason.engine.train;

/**
 * Hugging Face's learning-rate schedules with linear warm-up ({@code get_linear_schedule_with_warmup},
 * {@code get_cosine_schedule_with_warmup}, {@code get_constant_schedule_with_warmup}). Step s (0-based, the s-th
 * optimizer update) uses {@code lr × factor(s)}; warm-up starts at 0, as Hugging Face's does.
 */
public record LrSchedule(String kind, double lr, int warmupSteps, int totalSteps) {

    public LrSchedule {
        if (!kind.equals("linear") && !kind.equals("cosine") && !kind.equals("constant")) {
            throw new IllegalArgumentException("unknown schedule '" + kind + "' (linear, cosine, constant)");
        }
    }

    /** The learning rate of optimizer step {@code step} (0-based). */
    public double at(long step) {
        return lr * factor(step);
    }

    double factor(long step) {
        if (step < warmupSteps) {
            return step / (double) Math.max(1, warmupSteps);
        }
        long decaySteps = Math.max(1, totalSteps - warmupSteps);
        return switch (kind) {
            case "constant" -> 1.0;
            case "linear" -> Math.max(0.0, (totalSteps - step) / (double) decaySteps);
            default -> Math.max(0.0, 0.5 * (1.0 + Math.cos(Math.PI * (step - warmupSteps) / decaySteps)));
        };
    }
}

package io.medreason.core.run;

import java.util.Map;

/**
 * The figures of one optimizer step, as written in a {@link RunProtocol#STEP} message.
 *
 * @param lossScale the fp16 loss scale, NaN for fp32 runs
 * @param evalLoss the held-out loss measured after this step, NaN when this step did not evaluate
 * @param skipped true when an fp16 overflow skipped the update
 */
public record StepMetrics(long step, double epoch, double loss, double lr, double gradNorm, double tokensPerSecond,
        double samplesPerSecond, double elapsedS, double lossScale, double evalLoss, boolean skipped) {

    /** The protocol message. */
    public Map<String, Object> toMessage() {
        return RunProtocol.message(RunProtocol.STEP, "step", step, "epoch", epoch, "loss", loss, "lr", lr,
                "grad_norm", gradNorm, "tokens_per_second", tokensPerSecond, "samples_per_second", samplesPerSecond,
                "elapsed_s", elapsedS, "loss_scale", Double.isNaN(lossScale) ? null : lossScale,
                "eval_loss", Double.isNaN(evalLoss) ? null : evalLoss, "skipped", skipped ? Boolean.TRUE : null);
    }

    /** Reads a decoded {@link RunProtocol#STEP} message (absent optional figures become NaN / false). */
    public static StepMetrics of(Map<String, Object> m) {
        return new StepMetrics((long) RunProtocol.number(m, "step"), RunProtocol.number(m, "epoch"),
                RunProtocol.number(m, "loss"), RunProtocol.number(m, "lr"), RunProtocol.number(m, "grad_norm"),
                RunProtocol.number(m, "tokens_per_second"), RunProtocol.number(m, "samples_per_second"),
                RunProtocol.number(m, "elapsed_s"), RunProtocol.number(m, "loss_scale"),
                RunProtocol.number(m, "eval_loss"), Boolean.TRUE.equals(m.get("skipped")));
    }
}

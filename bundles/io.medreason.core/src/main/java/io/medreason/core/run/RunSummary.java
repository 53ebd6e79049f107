package io.medreason.core.run;

import java.util.Map;

/**
 * The end-of-run figures with Hugging Face Trainer's names, as written in a {@link RunProtocol#SUMMARY} message.
 *
 * @param trainLoss mean of the step losses of this run
 * @param totalFlos model FLOPs of the run (6 × trained-through parameters × tokens, Hugging Face's estimate)
 * @param stopped true when a stop request or SIGTERM ended the run early
 */
public record RunSummary(double trainRuntime, double trainSamplesPerSecond, double trainStepsPerSecond,
        double trainLoss, double totalFlos, long globalStep, double epoch, boolean stopped) {

    /** The protocol message. */
    public Map<String, Object> toMessage() {
        return RunProtocol.message(RunProtocol.SUMMARY, "train_runtime", trainRuntime,
                "train_samples_per_second", trainSamplesPerSecond, "train_steps_per_second", trainStepsPerSecond,
                "train_loss", trainLoss, "total_flos", totalFlos, "global_step", globalStep, "epoch", epoch,
                "stopped", stopped ? Boolean.TRUE : null);
    }
}

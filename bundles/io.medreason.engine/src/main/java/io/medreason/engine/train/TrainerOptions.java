package io.medreason.engine.train;

/**
 * The loop's settings (Hugging Face {@code TrainingArguments} names in comments).
 *
 * @param totalSteps optimizer steps of the whole run ({@code max_steps})
 * @param schedule learning rate per step ({@code learning_rate}, {@code lr_scheduler_type}, {@code warmup_steps})
 * @param maxGradNorm global-norm clipping, 0 = off ({@code max_grad_norm})
 * @param batchSize records per micro-batch ({@code per_device_train_batch_size})
 * @param gradAccum micro-batches per optimizer step ({@code gradient_accumulation_steps})
 * @param padId token id used for padding (masked out)
 * @param seed data order and dropout ({@code seed})
 * @param checkpointEvery steps between checkpoints, 0 = only at the end ({@code save_steps})
 * @param evalEvery steps between evaluations, 0 = none ({@code eval_steps})
 * @param flopsPerToken 6 × non-embedding parameters, for {@code total_flos}
 * @param lossScaling dynamic loss scaling (fp16 runs)
 */
public record TrainerOptions(int totalSteps, LrSchedule schedule, double weightDecay, double maxGradNorm,
        int batchSize, int gradAccum, long padId, long seed, boolean shuffle, int checkpointEvery, int evalEvery,
        double flopsPerToken, boolean lossScaling) {
}

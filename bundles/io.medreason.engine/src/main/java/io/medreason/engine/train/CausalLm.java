package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;

/**
 * What the trainer needs of a model: logits for a padded batch, and a switch for dropout. {@code Qwen2Model}
 * provides both ({@code model::forward}); the fp16 path wraps it.
 */
public interface CausalLm {

    /**
     * @param ids (B, T) int64
     * @param mask (B, T) int64, 1 = token, 0 = padding
     * @return (B, T, V) float32 logits in the manager of {@code ids}
     */
    NDArray forward(NDArray ids, NDArray mask);

    /** Dropout on (training) or off (evaluation). */
    void setTraining(boolean training);
}

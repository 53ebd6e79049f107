package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;

/**
 * What the trainer needs of a model: final hidden states for a padded batch, the LM head on any rows of them, and a
 * switch for dropout. {@code Qwen2Model} provides all three; splitting hidden states from logits lets the loss apply
 * the (vocabulary-sized) head only at the positions that carry a label.
 */
public interface CausalLm {

    /**
     * @param ids (B, T) int64
     * @param mask (B, T) int64, 1 = token, 0 = padding
     * @return (B, T, D) final normed hidden states in the manager of {@code ids}
     */
    NDArray hidden(NDArray ids, NDArray mask);

    /** (…, D) hidden states → (…, V) float32 logits in the manager of {@code hidden}. */
    NDArray logits(NDArray hidden);

    /** Dropout on (training) or off (evaluation). */
    void setTraining(boolean training);

    /**
     * Forward and backward of {@code scale × (summed token loss)} for one micro-batch, adding to the parameters'
     * gradients; returns the unscaled loss sum. Runs inside the step's gradient collector. The LM head runs in chunks
     * of label positions ({@link ChunkedCausalLmLoss}).
     *
     * @param scale a scalar PyTorch owns (never a Java number in a trained path)
     */
    default double lossAndBackward(Batch batch, NDArray scale, GradientCollector collector) {
        return ChunkedCausalLmLoss.backward(this, hidden(batch.ids(), batch.mask()), batch, scale, collector);
    }
}

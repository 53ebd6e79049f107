package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * Next-token cross-entropy as Hugging Face's causal-LM loss computes it, summed (not averaged): the hidden state at
 * position t predicts the label at t+1; positions without a label ({@value Batch#IGNORE}: prompt, padding) are left
 * out before the LM head, so the vocabulary-sized logits are only made where they count. The trainer divides the sum
 * by the number of label tokens of the whole accumulated batch, as current transformers does;
 * {@link ChunkedCausalLmLoss} applies it to chunks of positions.
 */
public final class CausalLmLoss {

    private CausalLmLoss() {
    }

    /**
     * Sum of −log p(target) where the hidden state at each flat position (row × T + t) predicts its target; a scalar
     * in the manager of {@code hidden}.
     */
    public static NDArray sumAt(CausalLm model, NDArray hidden, long[] positions, long[] targets) {
        NDManager m = hidden.getManager();
        long d = hidden.getShape().get(2);
        NDArray rows = hidden.reshape(-1, d); // (B, T, D) -> (B*T, D)
        NDArray picked = rows.get(new NDIndex("{}", m.create(positions))); // (N, D)
        NDArray logits = model.logits(picked); // (N, D) -> (N, V)
        NDArray labels = m.create(targets, new Shape(targets.length, 1)); // (N) -> (N, 1)
        NDArray logProbs = logits.logSoftmax(-1); // its backward needs only its output:
        logits.close(); // the logits' memory goes back now, not at the end of the chunk
        return logProbs.gather(labels, -1).sum().neg();
    }
}

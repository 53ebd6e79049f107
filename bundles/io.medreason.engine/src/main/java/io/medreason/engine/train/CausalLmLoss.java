package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

/**
 * Next-token cross-entropy as Hugging Face's causal-LM loss computes it, summed (not averaged): logits at position t
 * predict the label at t+1; labels of {@value Batch#IGNORE} are left out. The trainer divides the sum by the number
 * of label tokens of the whole accumulated batch, as current transformers does.
 */
public final class CausalLmLoss {

    private CausalLmLoss() {
    }

    /** Sum of −log p(label) over the positions with a label; a scalar in the logits' manager. */
    public static NDArray sum(NDArray logits, NDArray labels) {
        NDArray shiftedLogits = logits.get(new NDIndex(":, :-1, :")); // (B, T, V) -> (B, T-1, V)
        NDArray shiftedLabels = labels.get(new NDIndex(":, 1:")); // (B, T) -> (B, T-1)
        NDArray keep = shiftedLabels.neq(shiftedLabels.getManager().create(Batch.IGNORE));
        NDArray index = shiftedLabels.mul(keep.toType(DataType.INT64, false)).expandDims(-1); // (B, T-1) -> (B, T-1, 1)
        NDArray logProb = shiftedLogits.logSoftmax(-1).gather(index, -1).squeeze(-1); // (B, T-1, 1) -> (B, T-1)
        return logProb.mul(keep.toType(logProb.getDataType(), false)).sum().neg();
    }
}

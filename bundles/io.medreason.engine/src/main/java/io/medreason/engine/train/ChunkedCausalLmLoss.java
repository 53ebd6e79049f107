package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;

import io.medreason.core.run.MemoryEstimate;

import java.util.Arrays;

/**
 * The causal-LM loss and its backward pass with the vocabulary-sized logits made for at most {@code rows} label
 * positions at a time: each chunk's logits, log-softmax and their gradients exist only while that chunk is
 * back-propagated into the gradient of a detached copy of the hidden states; one vector-Jacobian product then carries
 * that gradient through the rest of the graph. Same gradients as one pass over all positions (up to the order of
 * summation), with logits memory bounded by {@code rows × V} instead of {@code B × T × V}: at Qwen2.5's 151,936-token
 * vocabulary, 0.6 GB of FP32 logits per copy for 1,024 rows, against 2.5 GB for a batch of 2 × 2,048 tokens.
 */
public final class ChunkedCausalLmLoss {

    /** Label positions whose logits are made at once (what the memory estimate counts). */
    public static final int ROWS = MemoryEstimate.LOGIT_ROWS;

    private ChunkedCausalLmLoss() {
    }

    /**
     * Back-propagates {@code scale × (summed token loss)} from {@code hidden} (B, T, D), which still has its graph,
     * in chunks of {@link #ROWS} label positions; returns the unscaled loss sum.
     */
    public static double backward(CausalLm model, NDArray hidden, Batch batch, NDArray scale,
            GradientCollector collector) {
        return backward(model, hidden, batch, scale, collector, ROWS);
    }

    /** The summed token loss of a batch without gradients (evaluation), the LM head in chunks of {@link #ROWS}. */
    public static double sum(CausalLm model, Batch batch) {
        return sum(model, batch, ROWS);
    }

    static double sum(CausalLm model, Batch batch, int rows) {
        NDArray hidden = model.hidden(batch.ids(), batch.mask());
        long[] positions = batch.predictingPositions();
        double loss = 0;
        for (int from = 0; from < positions.length; from += rows) {
            int to = Math.min(positions.length, from + rows);
            try (NDScope chunk = new NDScope()) {
                loss += CausalLmLoss.sumAt(model, hidden, Arrays.copyOfRange(positions, from, to),
                        Arrays.copyOfRange(batch.targets(), from, to)).getFloat();
            }
        }
        return loss;
    }

    static double backward(CausalLm model, NDArray hidden, Batch batch, NDArray scale, GradientCollector collector,
            int rows) {
        long[] positions = batch.predictingPositions();
        if (positions.length == 0) {
            return 0;
        }
        NDArray detached = hidden.stopGradient();
        detached.setRequiresGradient(true);
        double loss = 0;
        for (int from = 0; from < positions.length; from += rows) {
            int to = Math.min(positions.length, from + rows);
            try (NDScope chunk = new NDScope()) {
                NDArray sum = CausalLmLoss.sumAt(model, detached, Arrays.copyOfRange(positions, from, to),
                        Arrays.copyOfRange(batch.targets(), from, to));
                collector.backward(sum.mul(scale));
                loss += sum.getFloat();
            }
        }
        JniUtils.backward((PtNDArray) hidden, (PtNDArray) detached.getGradient(), false, false);
        return loss;
    }
}

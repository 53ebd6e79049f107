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
 * vocabulary, 0.3 GB of FP32 logits per copy for 512 rows, against 2.5 GB for a batch of 2 × 2,048 tokens (at 1,024
 * rows the chunk's three copies were the largest part of a checkpointed step at 0.5B dimensions: 1.7 of 4.7 GiB).
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
        return overChunks(batch, rows, (positions, targets) ->
                CausalLmLoss.sumAt(model, hidden, positions, targets).getFloat());
    }

    static double backward(CausalLm model, NDArray hidden, Batch batch, NDArray scale, GradientCollector collector,
            int rows) {
        if (batch.predictingPositions().length == 0) {
            return 0;
        }
        NDArray detached = hidden.stopGradient();
        detached.setRequiresGradient(true);
        double loss = overChunks(batch, rows, (positions, targets) -> {
            NDArray sum = CausalLmLoss.sumAt(model, detached, positions, targets);
            collector.backward(sum.mul(scale));
            return sum.getFloat();
        });
        JniUtils.backward((PtNDArray) hidden, (PtNDArray) detached.getGradient(), false, false);
        return loss;
    }

    /** What one chunk contributes: the loss over these label positions and their targets. */
    private interface ChunkLoss {
        double of(long[] positions, long[] targets);
    }

    /** The sum of {@code chunk} over consecutive chunks of at most {@code rows} label positions, each in its scope. */
    private static double overChunks(Batch batch, int rows, ChunkLoss chunk) {
        long[] positions = batch.predictingPositions();
        double loss = 0;
        for (int from = 0; from < positions.length; from += rows) {
            int to = Math.min(positions.length, from + rows);
            try (NDScope scope = new NDScope()) {
                loss += chunk.of(Arrays.copyOfRange(positions, from, to),
                        Arrays.copyOfRange(batch.targets(), from, to));
            }
        }
        return loss;
    }
}

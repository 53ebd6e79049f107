package io.medreason.engine.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.util.List;

/** Mean next-token loss over the label tokens of held-out examples, in padded batches, without gradients. */
public final class HeldOutLoss {

    private HeldOutLoss() {
    }

    /** Token-weighted mean cross-entropy; NaN when there are no examples. */
    public static double of(CausalLm model, List<TokenizedExample> examples, int batchSize, long padId,
            NDManager manager) {
        double sum = 0;
        long labels = 0;
        for (int i = 0; i < examples.size(); i += batchSize) {
            List<TokenizedExample> chunk = examples.subList(i, Math.min(examples.size(), i + batchSize));
            try (NDManager mm = manager.newSubManager(); NDScope scope = new NDScope()) {
                Batch batch = Batch.of(chunk, padId, mm);
                sum += ChunkedCausalLmLoss.sum(model, batch);
                labels += batch.labelTokens();
            }
        }
        return labels == 0 ? Double.NaN : sum / labels;
    }
}

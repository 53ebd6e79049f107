package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import io.medreason.engine.TestData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The LM head back-propagated in chunks of label positions gives the loss and gradients of one pass over all of
 * them: a right-padded batch of two tiny-qwen2 records with assistant-only labels, chunks of 1, 3 and 7 rows against
 * one chunk, on the plain and the checkpointed model, and the forward-only sum used for evaluation. Tolerance: loss 1e-5, gradients 5e-5 relative to the largest
 * (only the order of summation and the GEMM shapes differ).
 */
class ChunkedCausalLmLossTest {

    @Test
    void chunkedBackwardEqualsOnePass() {
        List<TokenizedExample> records = new ArrayList<>();
        List<long[]> ids = TestData.tinyIds();
        records.add(new TokenizedExample(ids.get(0), 4));
        records.add(new TokenizedExample(ids.get(1), 2));
        try (TrainRig rig = new TrainRig(0)) {
            CausalLm plain = TrainingRun.modelView(rig.model);
            Result whole = run(rig, plain, records, Integer.MAX_VALUE);
            System.out.printf("one pass: loss sum %.6f over %d label positions%n", whole.loss, whole.labels);
            assertTrue(whole.labels > 7, "the batch must need several chunks, has " + whole.labels);
            for (CausalLm model : List.of(plain, new CheckpointedQwen2(rig.model))) {
                for (int rows : new int[] {1, 3, 7}) {
                    Result chunked = run(rig, model, records, rows);
                    double loss = TestData.relative(chunked.loss, whole.loss);
                    double grad = largestRelativeDifference(chunked.grads, whole.grads);
                    System.out.printf("%s, chunks of %d: loss relative %.3e, gradients relative %.3e%n",
                            model == plain ? "plain" : "checkpointed", rows, loss, grad);
                    assertTrue(loss < 1e-5 && grad < 5e-5, "loss " + loss + ", gradients " + grad);
                }
            }
            try (NDManager m = rig.model.manager().newSubManager()) {
                double forwardOnly = ChunkedCausalLmLoss.sum(plain, Batch.of(records, TrainRig.PAD, m), 3);
                double loss = TestData.relative(forwardOnly, whole.loss);
                System.out.printf("evaluation in chunks of 3: loss relative %.3e%n", loss);
                assertTrue(loss < 1e-5, "evaluation loss " + loss);
            }
        }
    }

    private record Result(double loss, long labels, Map<String, float[]> grads) {
    }

    private static Result run(TrainRig rig, CausalLm model, List<TokenizedExample> records, int rows) {
        Map<String, NDArray> params = rig.adapter.parameters();
        GradientClipping.zero(params.values());
        double loss;
        long labels;
        try (NDManager m = rig.model.manager().newSubManager();
                GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
            Batch batch = Batch.of(records, TrainRig.PAD, m);
            labels = batch.labelTokens();
            NDArray one = m.full(new Shape(), 1f);
            loss = model instanceof CheckpointedQwen2 c ? c.lossAndBackward(batch, one, collector, rows)
                    : ChunkedCausalLmLoss.backward(model, model.hidden(batch.ids(), batch.mask()), batch, one,
                            collector, rows);
        }
        Map<String, float[]> grads = new LinkedHashMap<>();
        params.forEach((name, p) -> grads.put(name, p.getGradient().toFloatArray()));
        GradientClipping.zero(params.values());
        return new Result(loss, labels, grads);
    }

    private static double largestRelativeDifference(Map<String, float[]> actual, Map<String, float[]> expected) {
        double diff = 0;
        double scale = 0;
        for (Map.Entry<String, float[]> e : expected.entrySet()) {
            float[] a = actual.get(e.getKey());
            for (int i = 0; i < a.length; i++) {
                diff = Math.max(diff, Math.abs(a[i] - e.getValue()[i]));
                scale = Math.max(scale, Math.abs(e.getValue()[i]));
            }
        }
        return diff / scale;
    }
}

package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.medreason.engine.Engine;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SDPA kernel (torch.scaled_dot_product_attention through TorchScript) against the eager kernel, outputs and the
 * gradients of q, k and v, with Qwen2.5-0.5B's grouping (14 query heads on 2 key/value heads, head dim 64): a causal
 * mask given as is_causal, a right-padded batch given as a mask, one decoding token with a cache and no mask.
 * Tolerance: 1e-5 of the largest |value| in FP32.
 */
class SdpaAttentionTest {

    private static NDManager manager;
    private static EagerAttention eagerKernel;
    private static SdpaAttention sdpa;

    @BeforeAll
    static void open() {
        Engine.init();
        Engine.seed(7);
        manager = NDManager.newBaseManager();
        eagerKernel = new EagerAttention(manager, 64, DataType.FLOAT32);
        sdpa = new SdpaAttention(manager);
    }

    @AfterAll
    static void close() {
        sdpa.close();
        manager.close();
    }

    @Test
    void causalMaskAsIsCausal() {
        int t = 37;
        NDArray mask = AttentionMask.build(manager, null, 1, t, 0, DataType.FLOAT32);
        compare("causal", 1, t, t, mask, true);
    }

    @Test
    void paddedBatchAsMask() {
        int t = 29;
        long[] padding = new long[2 * t];
        java.util.Arrays.fill(padding, 1);
        java.util.Arrays.fill(padding, t + 20, 2 * t, 0); // second row: 20 real tokens, 9 padding
        assertTrue(!AttentionMask.isCausalOnly(padding, t, 0), "padding is not purely causal");
        NDArray mask = AttentionMask.build(manager, padding, 2, t, 0, DataType.FLOAT32);
        compare("padded", 2, t, t, mask, false);
    }

    @Test
    void oneTokenAfterACacheWithoutMask() {
        assertTrue(AttentionMask.build(manager, null, 1, 1, 40, DataType.FLOAT32) == null);
        compare("decode", 1, 1, 41, null, false);
    }

    private static void compare(String name, int b, int t, int s, NDArray mask, boolean causal) {
        try (NDManager m = manager.newSubManager()) {
            NDArray q = m.randomNormal(new Shape(b, 14, t, 64));
            NDArray k = m.randomNormal(new Shape(b, 2, s, 64));
            NDArray v = m.randomNormal(new Shape(b, 2, s, 64));
            NDArray weights = m.randomNormal(new Shape(b, 14, t, 64));
            NDList eager = run(eagerKernel, q, k, v, weights, mask, causal);
            NDList fused = run(sdpa, q, k, v, weights, mask, causal);
            String[] what = {"output", "dq", "dk", "dv"};
            for (int i = 0; i < what.length; i++) {
                assertArrayEquals(eager.get(i).getShape().getShape(), fused.get(i).getShape().getShape());
                double diff = eager.get(i).sub(fused.get(i)).abs().max().getFloat();
                double scale = eager.get(i).abs().max().getFloat();
                System.out.printf("sdpa vs eager, %s %s: largest difference %.3e of largest |value| %.3f%n", name,
                        what[i], diff, scale);
                assertTrue(diff <= 1e-5 * scale, name + " " + what[i] + " differs by " + diff);
            }
        }
    }

    /** Output and the gradients of q, k, v of sum(attend(q, k, v) · weights). */
    private static NDList run(AttentionKernel kernel, NDArray q0, NDArray k0, NDArray v0, NDArray weights,
            NDArray mask, boolean causal) {
        NDArray q = q0.duplicate();
        NDArray k = k0.duplicate();
        NDArray v = v0.duplicate();
        q.setRequiresGradient(true);
        k.setRequiresGradient(true);
        v.setRequiresGradient(true);
        NDArray out;
        try (GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
            out = kernel.attend(q, k, v, mask, causal);
            collector.backward(out.mul(weights).sum());
        }
        return new NDList(out.stopGradient(), q.getGradient().duplicate(), k.getGradient().duplicate(),
                v.getGradient().duplicate());
    }
}

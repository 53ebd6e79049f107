package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * modeling_qwen2's eager attention: the (T, S) scores of every head are materialised, scaled by Dh^-½, masked,
 * softmaxed in FP32 and multiplied by v. Query heads are grouped by their key/value head instead of repeating k and
 * v (same result as repeat_kv, without the copies).
 */
public final class EagerAttention implements AttentionKernel {

    private final NDArray scale;

    /** The kernel of every layer of a model: its only state is the scalar Dh^-½, owned by {@code manager}. */
    public EagerAttention(NDManager manager, int headDim, DataType dtype) {
        this.scale = manager.full(new Shape(), (float) Math.pow(headDim, -0.5), dtype);
    }

    @Override
    public NDArray attend(NDArray q, NDArray k, NDArray v, NDArray mask, boolean causal) {
        long b = q.getShape().get(0);
        long heads = q.getShape().get(1);
        long t = q.getShape().get(2);
        long headDim = q.getShape().get(3);
        long kvHeads = k.getShape().get(1);
        long s = k.getShape().get(2);
        long groups = heads / kvHeads;
        NDArray qg = q.reshape(b, kvHeads, groups * t, headDim); // (B, H, T, Dh) -> (B, K, G·T, Dh)
        NDArray scores = qg.matMul(k.transpose(0, 1, 3, 2)).mul(scale); // (B, K, G·T, S)
        if (mask != null) {
            scores = scores.reshape(b, kvHeads, groups, t, s).add(mask); // (B, K, G·T, S) -> (B, K, G, T, S)
        }
        NDArray probs = Casts.to(Casts.to(scores, DataType.FLOAT32).softmax(-1), q.getDataType());
        NDArray out = probs.reshape(b, kvHeads, groups * t, s).matMul(v); // (B, K, G, T, S) -> (B, K, G·T, S); -> (B, K, G·T, Dh)
        return out.reshape(b, heads, t, headDim); // (B, K, G·T, Dh) -> (B, H, T, Dh)
    }
}

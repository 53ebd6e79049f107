package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Qwen2Attention (eager path): q/k/v projections with bias, rotary embedding, grouped-query attention with each
 * key/value head shared by G = H / K consecutive query heads (repeat_kv), scores scaled by Dh^-½, additive mask,
 * softmax in FP32, o_proj without bias.
 *
 * <p>Legend: B batch, T new tokens, S keys (past + T), D hidden, H heads, K kv heads, G = H/K, Dh head dim.
 */
public final class Attention {

    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private final NDArray scale;

    public Attention(Linear q, Linear k, Linear v, Linear o, int heads, int kvHeads, int headDim) {
        this.q = q;
        this.k = k;
        this.v = v;
        this.o = o;
        this.heads = heads;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.scale = q.weight().getManager().full(new Shape(), (float) Math.pow(headDim, -0.5),
                q.weight().getDataType());
    }

    /**
     * @param x (B, T, D)
     * @param cos (T, Dh) rotary table of the new positions
     * @param sin (T, Dh)
     * @param mask (B or 1, 1, 1, T, S) additive, or null when nothing is masked
     * @param cache past keys/values or null
     * @param layer index of this layer in the cache
     * @return (B, T, D)
     */
    public NDArray forward(NDArray x, NDArray cos, NDArray sin, NDArray mask, KvCache cache, int layer,
            boolean training) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        int groups = heads / kvHeads;
        NDArray qh = q.forward(x, training).reshape(b, t, heads, headDim).transpose(0, 2, 1, 3); // (B, T, H·Dh) -> (B, H, T, Dh)
        NDArray kh = k.forward(x, training).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        NDArray vh = v.forward(x, training).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        qh = RotaryEmbedding.apply(qh, cos, sin);
        kh = RotaryEmbedding.apply(kh, cos, sin);
        if (cache != null) {
            NDArray[] kv = cache.append(layer, kh, vh);
            kh = kv[0];
            vh = kv[1];
        }
        long s = kh.getShape().get(2);
        NDArray qg = qh.reshape(b, kvHeads, groups * t, headDim); // (B, H, T, Dh) -> (B, K, G·T, Dh)
        NDArray scores = qg.matMul(kh.transpose(0, 1, 3, 2)).mul(scale); // (B, K, G·T, S)
        if (mask != null) {
            scores = scores.reshape(b, kvHeads, groups, t, s).add(mask); // (B, K, G·T, S) -> (B, K, G, T, S)
        }
        NDArray probs = Casts.to(Casts.to(scores, DataType.FLOAT32).softmax(-1), x.getDataType());
        NDArray out = probs.reshape(b, kvHeads, groups * t, s).matMul(vh); // (B, K, G, T, S) -> (B, K, G·T, S); -> (B, K, G·T, Dh)
        out = out.reshape(b, heads, t, headDim).transpose(0, 2, 1, 3).reshape(b, t, heads * headDim); // (B, K, G·T, Dh) -> (B, H, T, Dh) -> (B, T, H·Dh)
        return o.forward(out, training);
    }

    Linear[] projections() {
        return new Linear[] {q, k, v, o};
    }
}

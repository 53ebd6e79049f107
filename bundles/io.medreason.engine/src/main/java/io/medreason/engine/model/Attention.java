package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * Qwen2Attention: q/k/v projections with bias, rotary embedding, the attention itself through an
 * {@link AttentionKernel} (eager or SDPA), o_proj without bias.
 *
 * <p>Legend: B batch, T new tokens, S keys (past + T), D hidden, H heads, K kv heads, Dh head dim.
 */
public final class Attention {

    private final Linear q;
    private final Linear k;
    private final Linear v;
    private final Linear o;
    private final int heads;
    private final int kvHeads;
    private final int headDim;
    private AttentionKernel kernel;

    public Attention(Linear q, Linear k, Linear v, Linear o, int heads, int kvHeads, int headDim,
            AttentionKernel kernel) {
        this.q = q;
        this.k = k;
        this.v = v;
        this.o = o;
        this.heads = heads;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.kernel = kernel;
    }

    /**
     * @param x (B, T, D)
     * @param in rotary tables of the new positions and the mask
     * @param cache past keys/values or null
     * @param layer index of this layer in the cache
     * @return (B, T, D)
     */
    public NDArray forward(NDArray x, LayerInputs in, KvCache cache, int layer, boolean training) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray x32 = q.lora() != null || k.lora() != null || v.lora() != null ? Casts.to(x, DataType.FLOAT32) : null;
        NDArray qh = q.forward(x, x32, training).reshape(b, t, heads, headDim).transpose(0, 2, 1, 3); // (B, T, H·Dh) -> (B, H, T, Dh)
        NDArray kh = k.forward(x, x32, training).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        NDArray vh = v.forward(x, x32, training).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        DataType type = vh.getDataType();
        qh = Casts.to(RotaryEmbedding.apply(qh, in.cos(), in.sin()), type); // FP32 tables: rotated in FP32
        kh = Casts.to(RotaryEmbedding.apply(kh, in.cos(), in.sin()), type);
        if (cache != null) {
            NDArray[] kv = cache.append(layer, kh, vh);
            kh = kv[0];
            vh = kv[1];
        }
        NDArray out = kernel.attend(qh, kh, vh, in.mask(), in.causal()); // (B, H, T, Dh)
        out = out.transpose(0, 2, 1, 3).reshape(b, t, heads * headDim); // (B, H, T, Dh) -> (B, T, H, Dh) -> (B, T, H·Dh)
        return o.forward(out, training);
    }

    /** Chooses how the attention itself is computed (see {@link Qwen2Model#setAttnImplementation}). */
    void setKernel(AttentionKernel kernel) {
        this.kernel = kernel;
    }

    AttentionKernel kernel() {
        return kernel;
    }

    Linear[] projections() {
        return new Linear[] {q, k, v, o};
    }
}

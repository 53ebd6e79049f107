package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

/**
 * One decoder layer as {@link AskingModel} runs it: the same computation as {@link DecoderLayer} (pre-norm attention
 * and MLP, FP32 residual stream, blocks in the weights' type) with plain projections and the keys and values written
 * into the preallocated {@link KvCache}.
 *
 * <p>Legend: B batch, T new tokens, S keys (past + T), D hidden, H heads, K kv heads, Dh head dim, I intermediate.
 */
final class AskingLayer {

    private final RmsNorm inputNorm;
    private final RmsNorm postAttentionNorm;
    private final Projection q;
    private final Projection k;
    private final Projection v;
    private final Projection o;
    private final Projection gate;
    private final Projection up;
    private final Projection down;
    private final AttentionKernel kernel;
    private final Qwen2Config config;

    private AskingLayer(DecoderLayer layer, Projection[] p, Qwen2Config config) {
        this.inputNorm = layer.inputNorm();
        this.postAttentionNorm = layer.postAttentionNorm();
        this.kernel = layer.attention().kernel();
        this.q = p[0];
        this.k = p[1];
        this.v = p[2];
        this.o = p[3];
        this.gate = p[4];
        this.up = p[5];
        this.down = p[6];
        this.config = config;
    }

    /** The layer for asking; merged copies of projections with a LoRA branch are attached to {@code owner}. */
    static AskingLayer of(DecoderLayer layer, Qwen2Config config, NDManager owner) {
        Linear[] linears = layer.linears();
        Projection[] p = new Projection[linears.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Projection.of(linears[i], owner);
        }
        return new AskingLayer(layer, p, config);
    }

    /** The norm before attention. */
    RmsNorm inputNorm() {
        return inputNorm;
    }

    /** The norm before the MLP. */
    RmsNorm postAttentionNorm() {
        return postAttentionNorm;
    }

    /** q, k, v, o, gate, up, down. */
    Projection[] projections() {
        return new Projection[] {q, k, v, o, gate, up, down};
    }

    /** (B, T, D) FP32 -> (B, T, D) FP32; writes this layer's keys and values of the T new positions. */
    NDArray forward(NDArray x, LayerInputs in, KvCache cache, int index) {
        NDArray h = x.add(attention(inputNorm.forward(x), in, cache, index));
        return h.add(mlp(postAttentionNorm.forward(h)));
    }

    private NDArray attention(NDArray x, LayerInputs in, KvCache cache, int index) {
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        int heads = config.numAttentionHeads();
        int kvHeads = config.numKeyValueHeads();
        int headDim = config.headDim();
        NDArray qh = q.apply(x).reshape(b, t, heads, headDim).transpose(0, 2, 1, 3); // (B, T, H·Dh) -> (B, H, T, Dh)
        NDArray kh = k.apply(x).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        NDArray vh = v.apply(x).reshape(b, t, kvHeads, headDim).transpose(0, 2, 1, 3); // (B, T, K·Dh) -> (B, K, T, Dh)
        DataType type = vh.getDataType();
        qh = Casts.to(RotaryEmbedding.apply(qh, in.cos(), in.sin()), type); // FP32 tables: rotated in FP32
        kh = Casts.to(RotaryEmbedding.apply(kh, in.cos(), in.sin()), type);
        NDArray[] kv = cache.append(index, kh, vh); // (B, K, S, Dh) views of the filled prefix
        NDArray out = kernel.attend(qh, kv[0], kv[1], in.mask(), in.causal()); // (B, H, T, Dh)
        out = out.transpose(0, 2, 1, 3).reshape(b, t, (long) heads * headDim); // (B, H, T, Dh) -> (B, T, H·Dh)
        return o.apply(out);
    }

    private NDArray mlp(NDArray x) {
        NDArray g = gate.apply(x); // (B, T, I)
        NDArray silu = g.mul(g.getNDArrayInternal().sigmoid());
        return down.apply(silu.mul(up.apply(x)));
    }
}

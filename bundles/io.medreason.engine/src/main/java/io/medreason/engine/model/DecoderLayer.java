package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * Qwen2DecoderLayer: pre-norm attention and MLP blocks with residual connections. The residual stream is FP32 whatever
 * the weights' type (as under PyTorch autocast): Qwen2 models carry residual values beyond FP16's 65,504 on real
 * weights. The blocks compute in the weights' type and their outputs are added to the FP32 stream.
 */
public final class DecoderLayer {

    private final RmsNorm inputNorm;
    private final Attention attention;
    private final RmsNorm postAttentionNorm;
    private final Mlp mlp;

    public DecoderLayer(RmsNorm inputNorm, Attention attention, RmsNorm postAttentionNorm, Mlp mlp) {
        this.inputNorm = inputNorm;
        this.attention = attention;
        this.postAttentionNorm = postAttentionNorm;
        this.mlp = mlp;
    }

    /** (B, T, D) FP32 -> (B, T, D) FP32. */
    public NDArray forward(NDArray x, LayerInputs in, KvCache cache, int index, boolean training) {
        NDArray h = x.add(attention.forward(inputNorm.forward(x), in, cache, index, training));
        return h.add(mlp.forward(postAttentionNorm.forward(h), training));
    }

    /** q, k, v, o, gate, up, down. */
    public Linear[] linears() {
        Linear[] a = attention.projections();
        return new Linear[] {a[0], a[1], a[2], a[3], mlp.gate(), mlp.up(), mlp.down()};
    }

    Attention attention() {
        return attention;
    }

    RmsNorm inputNorm() {
        return inputNorm;
    }

    RmsNorm postAttentionNorm() {
        return postAttentionNorm;
    }
}

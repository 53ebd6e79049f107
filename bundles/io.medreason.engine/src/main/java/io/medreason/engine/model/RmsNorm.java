package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Qwen2RMSNorm: {@code weight * (x / sqrt(mean(x², -1) + eps))}. The statistics and the product are computed in FP32
 * (as under PyTorch autocast, where the residual stream and the norm stay FP32); the result is cast once to the type
 * the following projections compute in (the weight's type: FP16 for an FP16 base).
 */
public final class RmsNorm {

    private final NDArray weight;
    private final NDArray eps;

    public RmsNorm(NDArray weight, double eps) {
        this.weight = weight;
        this.eps = weight.getManager().full(new Shape(), (float) eps, DataType.FLOAT32);
    }

    /** (…, D) in any type -> (…, D) in the weight's type. */
    public NDArray forward(NDArray x) {
        return forward(x, weight.getDataType());
    }

    /** (…, D) in any type -> (…, D) in {@code type}. */
    public NDArray forward(NDArray x, DataType type) {
        NDArray xf = Casts.to(x, DataType.FLOAT32);
        NDArray variance = xf.square().mean(new int[] {-1}, true); // (…, D) -> (…, 1)
        NDArray normed = xf.div(variance.add(eps).sqrt());
        return Casts.to(normed.mul(weight), type); // FP32 × weight promotes to FP32
    }

    public NDArray weight() {
        return weight;
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Qwen2RMSNorm: {@code weight * (x / sqrt(mean(x², -1) + eps))}, the statistics in FP32, result in the input type. */
public final class RmsNorm {

    private final NDArray weight;
    private final NDArray eps;

    public RmsNorm(NDArray weight, double eps) {
        this.weight = weight;
        this.eps = weight.getManager().full(new Shape(), (float) eps, DataType.FLOAT32);
    }

    /** (…, D) -> (…, D). */
    public NDArray forward(NDArray x) {
        DataType type = x.getDataType();
        NDArray xf = Casts.to(x, DataType.FLOAT32);
        NDArray variance = xf.square().mean(new int[] {-1}, true); // (…, D) -> (…, 1)
        NDArray normed = xf.div(variance.add(eps).sqrt());
        return Casts.to(normed, type).mul(weight);
    }

    public NDArray weight() {
        return weight;
    }
}

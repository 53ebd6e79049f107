package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The low-rank branch PEFT adds to a frozen linear layer: {@code lora_B(lora_A(dropout(x))) * scaling}, computed in
 * FP32 whatever the base type. A is (r, in), B is (out, r); both require gradients, the scaling is a scalar NDArray
 * owned by PyTorch (never {@code op(Number)} in a trained path).
 */
public final class LoraLayer {

    private final NDArray a;
    private final NDArray b;
    private final NDArray scaling;
    private final double scalingValue;
    private final float dropout;

    /**
     * @param a lora_A weight (r, in), FP32; gradients are attached here
     * @param b lora_B weight (out, r), FP32; gradients are attached here
     */
    public LoraLayer(NDArray a, NDArray b, double scaling, float dropout) {
        this.a = a;
        this.b = b;
        this.scalingValue = scaling;
        this.dropout = dropout;
        this.scaling = a.getManager().full(new Shape(), (float) scaling, DataType.FLOAT32);
        a.setRequiresGradient(true);
        b.setRequiresGradient(true);
    }

    /** (…, in) -> (…, out) in FP32. Dropout only when {@code training}. */
    public NDArray forward(NDArray x, boolean training) {
        NDArray in = Casts.to(x, DataType.FLOAT32);
        if (training && dropout > 0f) {
            in = in.getNDArrayInternal().dropout(in, dropout, true).singletonOrThrow();
        }
        return in.matMul(a.transpose()).matMul(b.transpose()).mul(scaling);
    }

    /** lora_A weight (r, in). */
    public NDArray a() {
        return a;
    }

    /** lora_B weight (out, r). */
    public NDArray b() {
        return b;
    }

    /** alpha / r, or alpha / sqrt(r) with rsLoRA. */
    public double scaling() {
        return scalingValue;
    }

    /** scaling · B · A, (out, in) in FP32: what merging adds to the base weight. */
    public NDArray delta() {
        return b.matMul(a).mul(scaling);
    }

    /** Releases A, B and the scalar. */
    public void close() {
        a.close();
        b.close();
        scaling.close();
    }
}

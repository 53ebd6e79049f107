package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;

/**
 * Dtype casts that keep autograd's graph. DJL 0.33's {@code toType} has no gradient function, so with FP16 base
 * weights every cast in the trained path (LoRA input, LoRA output, RMSNorm, softmax, the head) would cut the LoRA
 * branch off the loss. The cast is therefore a copy into a new array of the target type ({@code copy_}, which
 * PyTorch differentiates); it costs what {@code toType} costs (one new array), with or without autograd.
 */
public final class Casts {

    private static final NDIndex ALL = new NDIndex("...");

    private Casts() {
    }

    /** {@code x} as {@code type}; the same array when it already has that type. */
    public static NDArray to(NDArray x, DataType type) {
        if (x.getDataType() == type) {
            return x;
        }
        NDArray out = x.getManager().zeros(x.getShape(), type); // same shape, target dtype
        out.set(ALL, x);
        return out;
    }
}

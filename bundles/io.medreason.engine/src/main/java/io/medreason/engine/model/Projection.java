package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;

/**
 * One projection as asking computes it: {@code y = x Wᵀ + b} in a single {@code linear} call (bias fused). W is the
 * model's own weight when the projection has no LoRA branch (shared, not copied), or a private merged copy
 * {@code W + scaling·B·A} when it has one (computed once, in FP32, stored in the base weight's type).
 *
 * @param name module path, e.g. {@code model.layers.0.self_attn.q_proj}
 * @param weight (out, in)
 * @param bias (out), or null
 * @param merged whether {@code weight} is a private merged copy
 */
record Projection(String name, NDArray weight, NDArray bias, boolean merged) {

    /** The projection of {@code linear} for asking; a merged copy is attached to {@code owner}. */
    static Projection of(Linear linear, NDManager owner) {
        LoraLayer lora = linear.lora();
        if (lora == null) {
            return new Projection(linear.name(), linear.weight(), linear.bias(), false);
        }
        NDArray w = linear.weight();
        NDArray merged;
        try (NDScope scope = new NDScope()) {
            NDArray delta = lora.delta().stopGradient(); // (out, r)·(r, in) -> (out, in), FP32
            merged = Casts.to(Casts.to(w, DataType.FLOAT32).add(delta), w.getDataType()).stopGradient();
            NDScope.unregister(merged);
        }
        merged.attach(owner);
        return new Projection(linear.name(), merged, linear.bias(), true);
    }

    /** (…, in) -> (…, out) in the weight's type. */
    NDArray apply(NDArray x) {
        NDArray in = Casts.to(x, weight.getDataType());
        return in.getNDArrayInternal().linear(in, weight, bias).singletonOrThrow();
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * A frozen linear projection {@code y = x Wᵀ + b} (W is (out, in) as stored by Hugging Face) with an optional LoRA
 * branch. The name is the module path PEFT targets, e.g. {@code model.layers.0.self_attn.q_proj}.
 */
public final class Linear {

    private final String name;
    private NDArray weight;
    private final NDArray bias;
    private LoraLayer lora;

    public Linear(String name, NDArray weight, NDArray bias) {
        this.name = name;
        this.weight = weight;
        this.bias = bias;
    }

    /** (…, in) -> (…, out) in the weight's type. */
    public NDArray forward(NDArray x, boolean training) {
        return forward(x, null, training);
    }

    /**
     * As {@link #forward(NDArray, boolean)}, with the LoRA branch's FP32 input given (so projections that read the
     * same input share one FP32 copy of it; null: cast here).
     */
    public NDArray forward(NDArray x, NDArray loraInput, boolean training) {
        NDArray y = Casts.to(x, weight.getDataType()).matMul(weight.transpose());
        if (bias != null) {
            y = y.add(bias);
        }
        if (lora != null) {
            NDArray in = loraInput != null ? loraInput : Casts.to(x, DataType.FLOAT32);
            y = y.add(Casts.to(lora.forward(in, training), y.getDataType()));
        }
        return y;
    }

    /** Module path, e.g. {@code model.layers.3.mlp.down_proj}. */
    public String name() {
        return name;
    }

    /** The last part of the name, e.g. {@code down_proj}. */
    public String shortName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The base weight (out, in). */
    public NDArray weight() {
        return weight;
    }

    /** The bias (out), or null. */
    public NDArray bias() {
        return bias;
    }

    public long inFeatures() {
        return weight.getShape().get(1);
    }

    public long outFeatures() {
        return weight.getShape().get(0);
    }

    /** The LoRA branch, or null. */
    public LoraLayer lora() {
        return lora;
    }

    /** Sets (or with null removes) the LoRA branch; the previous one is not closed. */
    public void setLora(LoraLayer lora) {
        this.lora = lora;
    }

    /** Replaces the base weight (after merging); the old one is closed. */
    public void replaceWeight(NDArray merged) {
        NDArray old = weight;
        weight = merged;
        old.close();
    }
}

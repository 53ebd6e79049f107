package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

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

    /** (…, in) -> (…, out). */
    public NDArray forward(NDArray x, boolean training) {
        NDArray y = x.matMul(weight.transpose());
        if (bias != null) {
            y = y.add(bias);
        }
        if (lora != null) {
            y = y.add(Casts.to(lora.forward(x, training), y.getDataType()));
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

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link Qwen2Model} prepared for asking (generation, no gradients). Every projection with a LoRA branch gets a
 * private merged copy {@code W + scaling·B·A}, computed once here; the model's own weights and adapter are left as
 * they are (training and the reference path still see base + branch), and projections without a branch share the
 * model's weights. Each projection is then one {@code linear} call, keys and values go into a preallocated
 * {@link KvCache}, and the LM head is applied to the last position only. The tokens after the prompt are decoded by
 * the {@link DecodeKernel} chosen at creation: PyTorch's operators, or the Java vector kernels
 * ({@link VectorDecoder}, FP32 on the CPU), which read the same weights and write the same cache. Created for one
 * state of the adapter: a later change of the adapter's weights is not seen (create another).
 *
 * <p>Legend: B batch, T new tokens, D hidden, V vocab.
 */
public final class AskingModel implements AutoCloseable {

    private final Qwen2Model model;
    private final NDManager manager;
    private final List<AskingLayer> layers;
    private final VectorDecoder vector;

    private AskingModel(Qwen2Model model, NDManager manager, List<AskingLayer> layers, VectorDecoder vector) {
        this.model = model;
        this.manager = manager;
        this.layers = layers;
        this.vector = vector;
    }

    /** Prepares {@code model} for asking with the fastest decode kernel this JVM allows. */
    public static AskingModel of(Qwen2Model model) {
        return of(model, DecodeKernel.fastest(model));
    }

    /**
     * Prepares {@code model} for asking (merging its adapter, if any, into private copies).
     *
     * @throws IllegalArgumentException when {@code kernel} cannot decode this model here
     */
    public static AskingModel of(Qwen2Model model, DecodeKernel kernel) {
        String unavailable = kernel == DecodeKernel.JAVA_VECTOR ? DecodeKernel.javaVectorUnavailable(model) : null;
        if (unavailable != null) {
            throw new IllegalArgumentException("the Java vector kernels cannot decode here: " + unavailable);
        }
        NDManager manager = model.manager().newSubManager();
        try {
            List<AskingLayer> layers = new ArrayList<>();
            for (DecoderLayer layer : model.layers()) {
                layers.add(AskingLayer.of(layer, model.config(), manager));
            }
            VectorDecoder vector = kernel == DecodeKernel.JAVA_VECTOR
                    ? VectorDecoder.of(model, layers, io.medreason.engine.Engine.threads()) : null;
            return new AskingModel(model, manager, Collections.unmodifiableList(layers), vector);
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** The kernel that decodes tokens after the prompt. */
    public DecodeKernel kernel() {
        return vector == null ? DecodeKernel.PYTORCH : DecodeKernel.JAVA_VECTOR;
    }

    /** e.g. {@code Java vector kernels, 2 threads} or {@code PyTorch operators}. */
    public String describeKernel() {
        return vector == null ? DecodeKernel.PYTORCH.label()
                : DecodeKernel.JAVA_VECTOR.label() + ", " + vector.threads() + " threads";
    }

    /**
     * Logits after one more token of a sequence whose earlier positions are in {@code cache}: the Java kernels when
     * this model decodes with them, else {@link #lastLogits}.
     *
     * @return (1, V) FP32 logits; read them before the next call (the Java kernels reuse one array)
     */
    public NDArray nextLogits(long token, KvCache cache, NDManager owner) {
        if (vector != null && cache.length() > 0) {
            return vector.step(token, cache);
        }
        return lastLogits(owner.create(new long[] {token}, new ai.djl.ndarray.types.Shape(1, 1)), cache);
    }

    /**
     * Runs the new tokens through the model, writing their keys and values into {@code cache}.
     *
     * @param inputIds (B, T) INT64: the tokens after the {@code cache.length()} cached ones
     * @return (B, V) FLOAT32 logits of the last position, on the device, attached to the manager of {@code inputIds}
     */
    public NDArray lastLogits(NDArray inputIds, KvCache cache) {
        try (NDScope scope = new NDScope()) {
            int t = Math.toIntExact(inputIds.getShape().get(1));
            NDArray x = model.embed(inputIds); // (B, T) -> (B, T, D)
            LayerInputs in = model.layerInputs(null, x, cache.length());
            for (int i = 0; i < layers.size(); i++) {
                x = layerInScope(i, x, in, cache);
            }
            cache.advance(t);
            NDArray last = model.finalNorm(x.get(new NDIndex(":, {}", t - 1))); // (B, T, D) -> (B, D)
            NDArray head = model.lmHead();
            NDArray h = Casts.to(last, head.getDataType());
            NDArray logits = Casts.to(h.getNDArrayInternal().linear(h, head, null).singletonOrThrow(),
                    DataType.FLOAT32); // (B, D) -> (B, V)
            NDScope.unregister(logits);
            logits.attach(inputIds.getManager());
            return logits;
        }
    }

    /** Layer {@code i} in a scope of its own, so that a step holds one layer's temporaries at a time. */
    private NDArray layerInScope(int i, NDArray x, LayerInputs in, KvCache cache) {
        NDArray out;
        try (NDScope layer = new NDScope()) {
            out = layers.get(i).forward(x, in, cache, i);
            NDScope.unregister(out);
        }
        NDScope.register(out);
        return out;
    }

    /** A key/value cache for {@code capacity} positions (prompt + new tokens). */
    public KvCache newCache(int capacity) {
        return model.newCache(capacity);
    }

    /** The weight asking uses for a projection (e.g. {@code model.layers.0.self_attn.q_proj}), or null. */
    public NDArray projection(String name) {
        return layers.stream().flatMap(l -> java.util.Arrays.stream(l.projections()))
                .filter(p -> p.name().equals(name)).map(Projection::weight).findFirst().orElse(null);
    }

    /** How many projections have a private merged copy (those with a LoRA branch). */
    public int mergedProjections() {
        return (int) layers.stream().flatMap(l -> java.util.Arrays.stream(l.projections()))
                .filter(Projection::merged).count();
    }

    public Qwen2Model model() {
        return model;
    }

    /** Frees the merged copies and ends the kernel threads (the model's own weights stay). */
    @Override
    public void close() {
        if (vector != null) {
            vector.close();
        }
        manager.close();
    }
}

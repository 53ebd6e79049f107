package io.medreason.engine.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.SparseFormat;
import io.medreason.engine.safetensors.Checkpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Qwen2ForCausalLM as in transformers' {@code modeling_qwen2.py}: token embedding, decoder layers, final RMSNorm and
 * a tied or separate {@code lm_head}. Base weights are frozen; LoRA branches (see {@link Linear#setLora}) are the
 * only arrays that require gradients, so {@link #forward} can run inside a DJL {@code GradientCollector}.
 *
 * <p>Legend: B batch, T tokens, S keys, D hidden, V vocab. Every forward call runs in its own {@link NDScope}: the
 * intermediates are closed before it returns (PyTorch's autograd keeps what backward needs) and the result is
 * attached to the manager of the input ids.
 */
public final class Qwen2Model implements AutoCloseable {

    private final Qwen2Config config;
    private final NDManager manager;
    private final DataType dtype;
    private final NDArray embedTokens;
    private final List<DecoderLayer> layers;
    private final RmsNorm norm;
    private final NDArray lmHead;
    private final RotaryEmbedding rotary;
    private final EagerAttention eager;
    private boolean training;
    private SdpaAttention sdpa;

    private Qwen2Model(Qwen2Config config, NDManager manager, DataType dtype, WeightSource weights) {
        this.config = config;
        this.manager = manager;
        this.dtype = dtype;
        long d = config.hiddenSize();
        this.eager = new EagerAttention(manager, config.headDim(), dtype);
        this.embedTokens = weights.get("model.embed_tokens.weight", config.vocabSize(), d);
        List<DecoderLayer> list = new ArrayList<>();
        for (int i = 0; i < config.numHiddenLayers(); i++) {
            list.add(layer(weights, i));
        }
        this.layers = Collections.unmodifiableList(list);
        this.norm = new RmsNorm(weights.get("model.norm.weight", d), config.rmsNormEps());
        this.lmHead = config.tieWordEmbeddings() ? embedTokens : weights.get("lm_head.weight", config.vocabSize(), d);
        this.rotary = new RotaryEmbedding(manager, config.headDim(), config.ropeTheta(), DataType.FLOAT32);
    }

    /** The Hugging Face module name of projection {@code target} ({@code q_proj} … {@code down_proj}) in a layer. */
    public static String projectionName(int layer, String target) {
        String block = switch (target) {
            case "gate_proj", "up_proj", "down_proj" -> "mlp.";
            default -> "self_attn.";
        };
        return layerPrefix(layer) + block + target;
    }

    private static String layerPrefix(int layer) {
        return "model.layers." + layer + ".";
    }

    private DecoderLayer layer(WeightSource w, int i) {
        Qwen2Config c = config;
        long d = c.hiddenSize();
        long q = (long) c.numAttentionHeads() * c.headDim();
        long kv = (long) c.numKeyValueHeads() * c.headDim();
        long inter = c.intermediateSize();
        Attention attention = new Attention(linear(w, projectionName(i, "q_proj"), q, d, true),
                linear(w, projectionName(i, "k_proj"), kv, d, true),
                linear(w, projectionName(i, "v_proj"), kv, d, true),
                linear(w, projectionName(i, "o_proj"), d, q, false), c.numAttentionHeads(), c.numKeyValueHeads(),
                c.headDim(), eager);
        Mlp mlp = new Mlp(linear(w, projectionName(i, "gate_proj"), inter, d, false),
                linear(w, projectionName(i, "up_proj"), inter, d, false),
                linear(w, projectionName(i, "down_proj"), d, inter, false));
        String p = layerPrefix(i);
        return new DecoderLayer(new RmsNorm(w.get(p + "input_layernorm.weight", d), c.rmsNormEps()), attention,
                new RmsNorm(w.get(p + "post_attention_layernorm.weight", d), c.rmsNormEps()), mlp);
    }

    private static Linear linear(WeightSource w, String name, long out, long in, boolean bias) {
        return new Linear(name, w.get(name + ".weight", out, in), bias ? w.get(name + ".bias", out) : null);
    }

    /**
     * Loads a Hugging Face Qwen2 folder ({@code config.json} + safetensors) onto {@code device} as {@code dtype}
     * (FLOAT32, or FLOAT16 on a GPU). BF16 checkpoints are widened in Java.
     */
    public static Qwen2Model load(Path modelDir, Device device, DataType dtype) {
        Qwen2Config config = Qwen2Config.read(modelDir);
        NDManager manager = NDManager.newBaseManager(device);
        try (Checkpoint checkpoint = Checkpoint.open(modelDir)) {
            return new Qwen2Model(config, manager, dtype, new CheckpointWeights(checkpoint, manager, dtype));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** A model with random weights (seed the engine first for repeatability). */
    public static Qwen2Model random(Qwen2Config config, Device device, DataType dtype) {
        NDManager manager = NDManager.newBaseManager(device);
        try {
            return new Qwen2Model(config, manager, dtype, new RandomWeights(manager, dtype));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Logits of every position.
     *
     * @param inputIds (B, T) INT64
     * @param attentionMask (B, T) 1 = token, 0 = padding; null when there is no padding
     * @return (B, T, V) FLOAT32, attached to the manager of {@code inputIds}
     */
    public NDArray forward(NDArray inputIds, NDArray attentionMask) {
        return forward(inputIds, attentionMask, null);
    }

    /**
     * Logits with a key/value cache: {@code inputIds} are the new tokens, the mask (if any) covers past + new
     * positions.
     */
    public NDArray forward(NDArray inputIds, NDArray attentionMask, KvCache cache) {
        try (NDScope scope = new NDScope()) {
            NDArray logits = head(trunk(inputIds, attentionMask, cache));
            return keep(logits, inputIds.getManager());
        }
    }

    /**
     * Logits of the last position only (generation: avoids a (T, V) matrix for long prompts).
     *
     * @return (B, V) FLOAT32, attached to the manager of {@code inputIds}
     */
    public NDArray lastLogits(NDArray inputIds, NDArray attentionMask, KvCache cache) {
        try (NDScope scope = new NDScope()) {
            NDArray hidden = trunk(inputIds, attentionMask, cache);
            long t = hidden.getShape().get(1);
            NDArray last = hidden.get(new NDIndex(":, {}", t - 1)); // (B, T, D) -> (B, D)
            return keep(head(last), inputIds.getManager());
        }
    }

    /** Final normed hidden states (B, T, D), for computing the loss in chunks with {@link #logits}. */
    public NDArray hidden(NDArray inputIds, NDArray attentionMask) {
        try (NDScope scope = new NDScope()) {
            return keep(trunk(inputIds, attentionMask, null), inputIds.getManager());
        }
    }

    /** (B, T, D) hidden states -> (B, T, V) FLOAT32 logits, attached to the manager of {@code hidden}. */
    public NDArray logits(NDArray hidden) {
        try (NDScope scope = new NDScope()) {
            return keep(head(hidden), hidden.getManager());
        }
    }

    private static NDArray keep(NDArray result, NDManager owner) {
        NDScope.unregister(result);
        result.attach(owner);
        return result;
    }

    private NDArray trunk(NDArray inputIds, NDArray attentionMask, KvCache cache) {
        int past = cache == null ? 0 : cache.length();
        NDArray x = embed(inputIds);
        LayerInputs in = layerInputs(attentionMask, x, past);
        for (int i = 0; i < layers.size(); i++) {
            x = layerInScope(i, x, in, cache);
        }
        if (cache != null) {
            cache.advance(Math.toIntExact(inputIds.getShape().get(1)));
        }
        return norm.forward(x, DataType.FLOAT32);
    }

    /**
     * Layer {@code i} in a scope of its own: its temporaries are closed when it ends (autograd still holds what the
     * backward pass needs), so a forward pass holds one layer's temporaries at a time, not every layer's; the output
     * is handed to the caller's scope.
     */
    private NDArray layerInScope(int i, NDArray x, LayerInputs in, KvCache cache) {
        NDArray out;
        try (NDScope layer = new NDScope()) {
            out = layers.get(i).forward(x, in, cache, i, training);
            NDScope.unregister(out);
        }
        NDScope.register(out);
        return out;
    }

    // ---- layer by layer, for activation checkpointing: finalNorm(layer(L-1, … layer(0, embed(ids)))) == hidden(ids).
    // These run in the caller's NDScope (none of their own).

    /** Token embeddings: (B, T) INT64 -> (B, T, D) FP32, the residual stream's type. */
    public NDArray embed(NDArray inputIds) {
        NDArray ids = inputIds.toType(DataType.INT64, false);
        return Casts.to(embedTokens.getNDArrayInternal().embedding(ids, embedTokens, SparseFormat.DENSE)
                .singletonOrThrow(), DataType.FLOAT32); // (B, T) -> (B, T, D)
    }

    /** Rotary tables and mask for {@code x} (B, T, D) following {@code past} cached positions (0 for training). */
    public LayerInputs layerInputs(NDArray attentionMask, NDArray x, int past) {
        int b = Math.toIntExact(x.getShape().get(0));
        int t = Math.toIntExact(x.getShape().get(1));
        NDList tables = rotary.tables(past, t);
        long[] padding = AttentionMask.read(attentionMask);
        return new LayerInputs(tables.get(0), tables.get(1), AttentionMask.build(manager, padding, b, t, past, dtype),
                AttentionMask.isCausalOnly(padding, t, past));
    }

    /** Decoder layer {@code i} without a cache: (B, T, D) -> (B, T, D). */
    public NDArray layer(int i, NDArray x, LayerInputs in) {
        return layers.get(i).forward(x, in, null, i, training);
    }

    /** The final RMSNorm: (B, T, D) -> (B, T, D) FP32; then {@link #logits}. */
    public NDArray finalNorm(NDArray x) {
        return norm.forward(x, DataType.FLOAT32);
    }

    /** The LM head in the weights' type (FP16 matmul for an FP16 base, as autocast), logits widened to FP32. */
    private NDArray head(NDArray hidden) {
        NDArray h = Casts.to(hidden, lmHead.getDataType());
        return Casts.to(h.matMul(lmHead.transpose()), DataType.FLOAT32); // (…, D) -> (…, V)
    }

    /** A fresh key/value cache of {@code capacity} positions (batch 1) in the weights' type. */
    public KvCache newCache(int capacity) {
        return new KvCache(manager, layers.size(), 1, config.numKeyValueHeads(), capacity, config.headDim(), dtype);
    }

    /** The (V, D) LM head (the embedding when tied). */
    NDArray lmHead() {
        return lmHead;
    }

    /** The (V, D) token embeddings. */
    NDArray embedTokens() {
        return embedTokens;
    }

    /** The final RMSNorm. */
    RmsNorm norm() {
        return norm;
    }

    /** The rotary embedding every layer shares. */
    RotaryEmbedding rotary() {
        return rotary;
    }

    /**
     * Chooses how every layer computes attention (transformers' {@code attn_implementation}): "eager" materialises
     * the scores, "sdpa" calls {@code torch.scaled_dot_product_attention}. Both give the same result within rounding.
     */
    public void setAttnImplementation(AttnImplementation implementation) {
        AttentionKernel kernel = eager;
        if (implementation == AttnImplementation.SDPA) {
            if (sdpa == null) {
                sdpa = new SdpaAttention(manager);
            }
            kernel = sdpa;
        }
        for (DecoderLayer layer : layers) {
            layer.attention().setKernel(kernel);
        }
    }

    /** Turns LoRA dropout on (training) or off (evaluation, generation). */
    public void setTraining(boolean training) {
        this.training = training;
    }

    public boolean isTraining() {
        return training;
    }

    public Qwen2Config config() {
        return config;
    }

    /** The manager that owns the weights. */
    public NDManager manager() {
        return manager;
    }

    public Device device() {
        return manager.getDevice();
    }

    /** The compute type of the base weights. */
    public DataType dtype() {
        return dtype;
    }

    public List<DecoderLayer> layers() {
        return layers;
    }

    /** Every linear projection of every layer (7 per layer), in checkpoint order. */
    public List<Linear> linears() {
        List<Linear> all = new ArrayList<>();
        layers.forEach(l -> all.addAll(List.of(l.linears())));
        return all;
    }

    @Override
    public void close() {
        if (sdpa != null) {
            sdpa.close();
        }
        manager.close();
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.cpu.CachedAttention;
import io.medreason.engine.cpu.LinearGroup;
import io.medreason.engine.cpu.MatVec;
import io.medreason.engine.cpu.TensorMemory;
import io.medreason.engine.cpu.Workers;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The decode step of an {@link AskingModel} (one new token of one sequence) in Java, for FP32 weights on the CPU:
 * the computation of {@link AskingLayer} (pre-norm attention and MLP, FP32 residual stream), with every projection a
 * {@link MatVec} over the weights PyTorch holds (no copy: the asking copies where an adapter is merged, the model's
 * own weights elsewhere), q/k/v and gate/up each in one hand-over to the {@link Workers}, the keys and values written
 * into the {@link KvCache}'s memory and the logits into a (1, V) tensor that the sampler reads. One token reads every
 * weight once; PyTorch's matrix-vector kernels stream them at a fraction of the memory bandwidth, these near it. The
 * prompt still goes through PyTorch (a matrix product, where PyTorch is fast) and fills the same cache.
 *
 * <p>Legend: D hidden, H heads, K kv heads, G = H / K, Dh head dim, I intermediate, V vocab, C cache capacity.
 */
final class VectorDecoder implements AutoCloseable {

    /** One decoder layer's weights as the kernels read them. */
    private record Layer(float[] inputNorm, LinearGroup qkv, LinearGroup o, float[] postNorm, LinearGroup gateUp,
            LinearGroup down) {
    }

    private final Qwen2Config config;
    private final RotaryEmbedding rotary;
    private final Workers team;
    private final NDManager manager;
    private final MemorySegment embed;
    private final Layer[] layers;
    private final float[] finalNorm;
    private final LinearGroup head;
    private final NDArray logitsArray;
    private final MemorySegment logits;
    private final float eps;
    private final float scale;
    private final Scratch s;
    private KvCache boundCache;
    private MemorySegment[] keys;
    private MemorySegment[] values;
    private float[][] scores;

    /** Activations of one step, allocated once. */
    private static final class Scratch {
        final float[] x;
        final float[] normed;
        final float[] q;
        final float[] k;
        final float[] v;
        final float[] attn;
        final float[] proj;
        final float[] gate;
        final float[] up;
        final float[] act;
        final float[] cos;
        final float[] sin;
        final float[] logits;

        Scratch(Qwen2Config c) {
            int kv = c.numKeyValueHeads() * c.headDim();
            x = new float[c.hiddenSize()];
            normed = new float[c.hiddenSize()];
            q = new float[c.numAttentionHeads() * c.headDim()];
            k = new float[kv];
            v = new float[kv];
            attn = new float[q.length];
            proj = new float[c.hiddenSize()];
            gate = new float[c.intermediateSize()];
            up = new float[c.intermediateSize()];
            act = new float[c.intermediateSize()];
            cos = new float[c.headDim() / 2];
            sin = new float[c.headDim() / 2];
            logits = new float[c.vocabSize()];
        }
    }

    private VectorDecoder(Qwen2Model model, Layer[] layers, int threads) {
        this.config = model.config();
        this.rotary = model.rotary();
        this.layers = layers;
        this.embed = TensorMemory.of(model.embedTokens());
        this.finalNorm = model.norm().weight().toFloatArray();
        this.head = LinearGroup.of(TensorMemory.of(model.lmHead()), config.vocabSize(), config.hiddenSize());
        this.manager = model.manager().newSubManager();
        this.logitsArray = manager.zeros(new Shape(1, config.vocabSize()), DataType.FLOAT32);
        NDScope.unregister(logitsArray);
        this.logits = TensorMemory.of(logitsArray);
        this.eps = (float) config.rmsNormEps();
        this.scale = (float) Math.pow(config.headDim(), -0.5);
        this.s = new Scratch(config);
        this.team = new Workers(threads);
    }

    /** The decoder over {@code model}'s embeddings, norms and LM head and the asking {@code layers}' projections. */
    static VectorDecoder of(Qwen2Model model, java.util.List<AskingLayer> layers, int threads) {
        Layer[] kernels = new Layer[layers.size()];
        for (int i = 0; i < kernels.length; i++) {
            kernels[i] = layer(layers.get(i), model.config());
        }
        return new VectorDecoder(model, kernels, threads);
    }

    private static Layer layer(AskingLayer layer, Qwen2Config c) {
        Projection[] p = layer.projections(); // q, k, v, o, gate, up, down
        int d = c.hiddenSize();
        int kv = c.numKeyValueHeads() * c.headDim();
        int qRows = c.numAttentionHeads() * c.headDim();
        LinearGroup qkv = new LinearGroup(d, memory(p[0], p[1], p[2]), biases(p[0], p[1], p[2]),
                new int[] {qRows, kv, kv});
        LinearGroup gateUp = new LinearGroup(d, memory(p[4], p[5]), biases(p[4], p[5]),
                new int[] {c.intermediateSize(), c.intermediateSize()});
        return new Layer(layer.inputNorm().weight().toFloatArray(),
                qkv, new LinearGroup(qRows, memory(p[3]), biases(p[3]), new int[] {d}),
                layer.postAttentionNorm().weight().toFloatArray(), gateUp,
                new LinearGroup(c.intermediateSize(), memory(p[6]), biases(p[6]), new int[] {d}));
    }

    private static MemorySegment[] memory(Projection... p) {
        MemorySegment[] m = new MemorySegment[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = TensorMemory.of(p[i].weight());
        }
        return m;
    }

    private static float[][] biases(Projection... p) {
        float[][] b = new float[p.length][];
        for (int i = 0; i < p.length; i++) {
            b[i] = p[i].bias() == null ? null : p[i].bias().toFloatArray();
        }
        return b;
    }

    /** How many threads the kernels use. */
    int threads() {
        return team.size();
    }

    /**
     * Runs {@code token} through the model at position {@code cache.length()}, writing its keys and values into the
     * cache and advancing it.
     *
     * @return (1, V) FP32 logits, owned by this decoder and overwritten by the next step
     */
    NDArray step(long token, KvCache cache) {
        bind(cache);
        int pos = cache.length();
        if (pos >= cache.capacity()) {
            throw new IllegalStateException("key/value cache full: " + pos + " positions fill its capacity");
        }
        int d = config.hiddenSize();
        MemorySegment.copy(embed, ValueLayout.JAVA_FLOAT, token * d * Float.BYTES, s.x, 0, d); // row of (V, D)
        angles(pos);
        for (int i = 0; i < layers.length; i++) {
            layer(i, pos);
        }
        rmsNorm(s.x, finalNorm, s.normed);
        head.apply(team, s.normed, s.logits);
        MemorySegment.copy(s.logits, 0, logits, ValueLayout.JAVA_FLOAT, 0, s.logits.length);
        cache.advance(1);
        return logitsArray;
    }

    private void layer(int i, int pos) {
        Layer w = layers[i];
        rmsNorm(s.x, w.inputNorm(), s.normed);
        w.qkv().apply(team, s.normed, s.q, s.k, s.v);
        rotate(s.q, config.numAttentionHeads());
        rotate(s.k, config.numKeyValueHeads());
        store(i, pos);
        attend(i, pos + 1);
        w.o().apply(team, s.attn, s.proj);
        add(s.x, s.proj);
        rmsNorm(s.x, w.postNorm(), s.normed);
        w.gateUp().applyGated(team, s.normed, s.gate, s.up, s.act); // silu(gate) · up
        w.down().apply(team, s.act, s.proj);
        add(s.x, s.proj);
    }

    /** Qwen2RMSNorm in FP32: {@code x / sqrt(mean(x²) + eps) · weight}. */
    private void rmsNorm(float[] x, float[] weight, float[] out) {
        double squares = 0;
        for (float v : x) {
            squares += v * v;
        }
        float denominator = (float) Math.sqrt((float) (squares / x.length) + eps);
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / denominator * weight[i];
        }
    }

    private static void add(float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            x[i] += y[i];
        }
    }

    /** cos and sin of position {@code pos}'s angles (the first half of the rotary tables' row). */
    private void angles(int pos) {
        for (int i = 0; i < s.cos.length; i++) {
            s.cos[i] = rotary.angleFunction(pos, i, true);
            s.sin[i] = rotary.angleFunction(pos, i, false);
        }
    }

    /** {@code x·cos + rotate_half(x)·sin} for each of {@code heads} heads of (Dh) in {@code x}. */
    private void rotate(float[] x, int heads) {
        int half = config.headDim() / 2;
        for (int h = 0; h < heads; h++) {
            int base = h * config.headDim();
            for (int i = 0; i < half; i++) {
                float x1 = x[base + i];
                float x2 = x[base + half + i];
                x[base + i] = x1 * s.cos[i] + -x2 * s.sin[i];
                x[base + half + i] = x2 * s.cos[i] + x1 * s.sin[i];
            }
        }
    }

    /** Writes the new key and value of every kv head at {@code pos} of layer {@code i}: (1, K, C, Dh) arrays. */
    private void store(int i, int pos) {
        int dh = config.headDim();
        for (int h = 0; h < config.numKeyValueHeads(); h++) {
            long at = position(h, pos);
            MemorySegment.copy(s.k, h * dh, keys[i], ValueLayout.JAVA_FLOAT, at, dh);
            MemorySegment.copy(s.v, h * dh, values[i], ValueLayout.JAVA_FLOAT, at, dh);
        }
    }

    /** Every query head over the {@code length} filled positions of layer {@code i}, heads split over the team. */
    private void attend(int i, int length) {
        int heads = config.numAttentionHeads();
        int groups = config.groups();
        int dh = config.headDim();
        team.run((part, parts) -> {
            for (int h = MatVec.split(heads, part, parts); h < MatVec.split(heads, part + 1, parts); h++) {
                CachedAttention.head(s.q, h * dh, keys[i], values[i], position(h / groups, 0), length, dh, scale,
                        scores[part], s.attn, h * dh);
            }
        });
    }

    /** Byte offset of kv head {@code h}, position {@code pos} in a (1, K, C, Dh) cache array. */
    private long position(int h, int pos) {
        return ((long) h * boundCache.capacity() + pos) * config.headDim() * Float.BYTES;
    }

    /** Views the cache's arrays (once per cache). */
    private void bind(KvCache cache) {
        if (cache == boundCache) {
            return;
        }
        int n = layers.length;
        keys = new MemorySegment[n];
        values = new MemorySegment[n];
        for (int i = 0; i < n; i++) {
            keys[i] = TensorMemory.of(cache.keys(i));
            values[i] = TensorMemory.of(cache.values(i));
        }
        scores = new float[team.size()][cache.capacity()];
        boundCache = cache;
    }

    /** Ends the kernel threads and frees the logits tensor (the weights are the model's). */
    @Override
    public void close() {
        team.close();
        manager.close();
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Rotary position embedding as Qwen2RotaryEmbedding / apply_rotary_pos_emb: {@code inv_freq = 1 / theta^(2i/Dh)},
 * angles in FP32 as PyTorch computes them, {@code cos/sin} of {@code cat(freqs, freqs)}, and
 * {@code x·cos + rotate_half(x)·sin} with {@code rotate_half(x) = cat(-x₂, x₁)}. Tables grow on demand.
 */
public final class RotaryEmbedding {

    private final NDManager manager;
    private final int headDim;
    private final float[] invFreq;
    private final DataType dtype;
    private NDArray cos;
    private NDArray sin;
    private int capacity;

    public RotaryEmbedding(NDManager manager, int headDim, double theta, DataType dtype) {
        this.manager = manager;
        this.headDim = headDim;
        this.dtype = dtype;
        this.invFreq = new float[headDim / 2];
        for (int i = 0; i < invFreq.length; i++) {
            float exponent = (float) (2 * i) / headDim;
            invFreq[i] = (float) (1.0 / (float) Math.pow(theta, exponent));
        }
    }

    /** {@code cos} (when {@code cos}) or {@code sin} of position {@code p}'s angles, the first half of its table row. */
    float angleFunction(int p, int i, boolean cos) {
        float angle = (float) p * invFreq[i];
        return (float) (cos ? Math.cos(angle) : Math.sin(angle));
    }

    /** cos and sin for positions {@code [offset, offset + length)}, each (length, Dh). */
    public synchronized NDList tables(int offset, int length) {
        ensure(offset + length);
        NDIndex rows = new NDIndex("{}:{}", offset, offset + length);
        return new NDList(cos.get(rows), sin.get(rows));
    }

    /** Rotates (B, H, T, Dh) by the tables (T, Dh). */
    public static NDArray apply(NDArray x, NDArray cos, NDArray sin) {
        int last = x.getShape().dimension() - 1;
        NDList halves = x.split(2, last); // (B, H, T, Dh) -> 2 × (B, H, T, Dh/2)
        NDArray rotated = halves.get(1).neg().concat(halves.get(0), last); // -> (B, H, T, Dh)
        return x.mul(cos).add(rotated.mul(sin));
    }

    private void ensure(int needed) {
        if (needed <= capacity) {
            return;
        }
        int size = Math.max(needed, Math.max(256, capacity * 2));
        float[] c = new float[size * headDim];
        float[] s = new float[size * headDim];
        int half = headDim / 2;
        for (int p = 0; p < size; p++) {
            for (int i = 0; i < half; i++) {
                float cv = angleFunction(p, i, true);
                float sv = angleFunction(p, i, false);
                c[p * headDim + i] = cv;
                c[p * headDim + i + half] = cv;
                s[p * headDim + i] = sv;
                s[p * headDim + i + half] = sv;
            }
        }
        NDArray oldCos = cos;
        NDArray oldSin = sin;
        cos = owned(c, size);
        sin = owned(s, size);
        capacity = size;
        if (oldCos != null) {
            oldCos.close();
            oldSin.close();
        }
    }

    /** A table PyTorch owns (not aliasing a Java buffer), detached from any NDScope. */
    private NDArray owned(float[] values, int rows) {
        try (NDManager tmp = manager.newSubManager()) {
            NDArray javaBacked = tmp.create(values, new Shape(rows, headDim));
            NDArray table = io.medreason.engine.NativeCopy.of(javaBacked, dtype);
            table.attach(manager);
            ai.djl.ndarray.NDScope.unregister(table);
            return table;
        }
    }
}

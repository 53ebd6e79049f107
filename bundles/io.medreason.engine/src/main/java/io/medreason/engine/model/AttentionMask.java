package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.Arrays;

/**
 * The additive attention mask of modeling_qwen2's eager path: 0 where query t may see key s (causal, and the key is
 * not padding), the lowest finite value of the compute type elsewhere (so a fully masked row gives a uniform
 * softmax, never NaN).
 */
public final class AttentionMask {

    private AttentionMask() {
    }

    /** The (B, S) padding mask (1 = token, 0 = padding) as Java longs, row after row; null for null. */
    public static long[] read(NDArray padding) {
        return padding == null ? null : padding.toType(DataType.INT64, false).toLongArray();
    }

    /**
     * Whether the mask of these inputs is exactly the causal mask of T == S positions: no cached past, more than one
     * query, and no padding anywhere.
     *
     * @param padding see {@link #read}, or null
     */
    public static boolean isCausalOnly(long[] padding, int queries, int past) {
        return past == 0 && queries > 1 && (padding == null || Arrays.stream(padding).allMatch(p -> p != 0));
    }

    /**
     * @param padding (B, S) with 1 for real tokens and 0 for padding over all S = past + T keys (see {@link #read}),
     *     or null
     * @param batch B
     * @param queries T
     * @param past keys already in the cache
     * @return (B or 1, 1, 1, T, S) in {@code dtype}, owned by PyTorch; null when every key is visible (one new
     *     token and no padding), so that decoding skips the addition
     */
    public static NDArray build(NDManager manager, long[] pad, int batch, int queries, int past, DataType dtype) {
        if (pad == null && queries == 1) {
            return null;
        }
        int keys = past + queries;
        if (pad != null && pad.length != (long) batch * keys) {
            throw new IllegalArgumentException("attention mask has " + pad.length + " values, expected (" + batch
                    + ", " + keys + ")");
        }
        int rows = pad == null ? 1 : batch;
        float low = dtype == DataType.FLOAT16 ? -65504f : -Float.MAX_VALUE;
        float[] m = new float[rows * queries * keys];
        for (int b = 0; b < rows; b++) {
            for (int t = 0; t < queries; t++) {
                int base = (b * queries + t) * keys;
                for (int s = 0; s < keys; s++) {
                    boolean visible = s <= past + t && (pad == null || pad[b * keys + s] != 0);
                    m[base + s] = visible ? 0f : low;
                }
            }
        }
        NDArray javaBacked = manager.create(m, new Shape(rows, 1, 1, queries, keys));
        NDArray mask = io.medreason.engine.NativeCopy.of(javaBacked, dtype);
        javaBacked.close();
        return mask;
    }
}

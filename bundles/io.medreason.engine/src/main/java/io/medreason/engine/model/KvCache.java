package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Keys and values of past positions per layer, for incremental decoding: one (B, K, C, Dh) array per layer for keys
 * and one for values, allocated once with a fixed capacity C (prompt + new tokens) and written in place
 * ({@code NDArray.set} on a slice is PyTorch's {@code index_put_}: it copies the new positions only). Attention reads
 * the filled prefix (B, K, S, Dh) as a view, without a copy. Owns its arrays in its own manager; close it when the
 * sequence is done.
 *
 * <p>Legend: B batch, K kv heads, C capacity, S filled positions, T new positions, Dh head dim.
 */
public final class KvCache implements AutoCloseable {

    private final NDManager manager;
    private final NDArray[] keys;
    private final NDArray[] values;
    private final int capacity;
    private int length;

    /** A cache of {@code capacity} positions for {@code layers} layers, each (batch, kvHeads, capacity, headDim). */
    public KvCache(NDManager parent, int layers, int batch, int kvHeads, int capacity, int headDim, DataType type) {
        if (capacity < 1) {
            throw new IllegalArgumentException("key/value cache capacity must be >= 1, got " + capacity);
        }
        this.manager = parent.newSubManager();
        this.capacity = capacity;
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
        Shape shape = new Shape(batch, kvHeads, capacity, headDim);
        for (int i = 0; i < layers; i++) {
            keys[i] = manager.zeros(shape, type);
            values[i] = manager.zeros(shape, type);
            NDScope.unregister(keys[i], values[i]); // the cache's, not a caller's scope's
        }
    }

    /** Number of cached positions. */
    public int length() {
        return length;
    }

    /** The fixed number of positions the cache holds. */
    public int capacity() {
        return capacity;
    }

    /** The whole (B, K, C, Dh) key array of a layer (the same array for the cache's lifetime). */
    public NDArray keys(int layer) {
        return keys[layer];
    }

    /** The whole (B, K, C, Dh) value array of a layer. */
    public NDArray values(int layer) {
        return values[layer];
    }

    /**
     * Writes (B, K, T, Dh) keys and values of the new positions into layer {@code layer} and returns views of the
     * filled (B, K, S, Dh) prefix, S = length + T.
     *
     * @throws IllegalStateException when the new positions do not fit the capacity
     */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        long t = k.getShape().get(2);
        if (length + t > capacity) {
            throw new IllegalStateException("key/value cache full: " + length + " positions + " + t + " new exceed its"
                    + " capacity of " + capacity);
        }
        NDIndex fresh = new NDIndex(":, :, {}:{}", length, length + t);
        keys[layer].set(fresh, k);
        values[layer].set(fresh, v);
        NDIndex filled = new NDIndex(":, :, :{}", length + t);
        return new NDArray[] {keys[layer].get(filled), values[layer].get(filled)};
    }

    /** Called by the model once all layers have written {@code added} positions. */
    void advance(int added) {
        length += added;
    }

    @Override
    public void close() {
        manager.close();
    }
}

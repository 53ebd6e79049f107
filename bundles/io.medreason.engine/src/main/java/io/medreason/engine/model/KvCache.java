package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

/**
 * Keys and values of past positions per layer, each (B, K, S, Dh), for incremental decoding. Owns its arrays in its
 * own manager; close it when the sequence is done.
 */
public final class KvCache implements AutoCloseable {

    private final NDManager manager;
    private final NDArray[] keys;
    private final NDArray[] values;
    private int length;

    public KvCache(NDManager parent, int layers) {
        this.manager = parent.newSubManager();
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
    }

    /** Number of cached positions. */
    public int length() {
        return length;
    }

    /** Appends (B, K, T, Dh) to layer {@code layer} and returns the full (B, K, S, Dh) keys and values. */
    NDArray[] append(int layer, NDArray k, NDArray v) {
        keys[layer] = join(keys[layer], k);
        values[layer] = join(values[layer], v);
        return new NDArray[] {keys[layer], values[layer]};
    }

    /** Called by the model once all layers have appended {@code added} positions. */
    void advance(int added) {
        length += added;
    }

    private NDArray join(NDArray past, NDArray now) {
        NDArray all = past == null ? now.duplicate() : past.concat(now, 2); // (B, K, S, Dh)
        NDScope.unregister(all);
        all.attach(manager);
        if (past != null) {
            past.close();
        }
        return all;
    }

    @Override
    public void close() {
        manager.close();
    }
}

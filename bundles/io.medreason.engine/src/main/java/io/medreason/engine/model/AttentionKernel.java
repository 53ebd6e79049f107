package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * The core of Qwen2Attention after the projections and the rotary embedding: softmax(q·kᵀ·Dh^-½ + mask)·v with each
 * key/value head shared by G = H / K consecutive query heads. Transformers calls the choice {@code attn_implementation}
 * ("eager" or "sdpa"); both give the same result within rounding.
 *
 * <p>Legend: B batch, H heads, K kv heads, T queries, S keys, Dh head dim.
 */
public interface AttentionKernel {

    /**
     * @param q (B, H, T, Dh)
     * @param k (B, K, S, Dh)
     * @param v (B, K, S, Dh)
     * @param mask (B or 1, 1, 1, T, S) additive, or null when every key is visible
     * @param causal whether {@code mask} is exactly the causal mask of T == S positions (no padding, no past), so
     *     that a kernel may apply causality itself instead of reading the mask
     * @return (B, H, T, Dh) in the type of {@code q}
     */
    NDArray attend(NDArray q, NDArray k, NDArray v, NDArray mask, boolean causal);
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * What every decoder layer of one forward pass shares: the rotary tables of the positions and the additive mask.
 *
 * @param cos (T, Dh)
 * @param sin (T, Dh)
 * @param mask (B or 1, 1, 1, T, S) additive, or null when nothing is masked
 * @param causal whether the mask is exactly the causal mask of T == S positions (no padding, no past)
 */
public record LayerInputs(NDArray cos, NDArray sin, NDArray mask, boolean causal) {
}

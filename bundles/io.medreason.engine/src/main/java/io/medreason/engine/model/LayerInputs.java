package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

/**
 * What every decoder layer of one forward pass shares: the rotary tables of the positions and the additive mask.
 *
 * @param cos (T, Dh)
 * @param sin (T, Dh)
 * @param mask (B or 1, 1, 1, T, S) additive, or null when nothing is masked
 */
public record LayerInputs(NDArray cos, NDArray sin, NDArray mask) {
}

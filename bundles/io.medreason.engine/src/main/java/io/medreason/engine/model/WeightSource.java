package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

/** Supplies a named weight of the expected shape (from a checkpoint, or random for benchmarks). */
@FunctionalInterface
public interface WeightSource {

    /**
     * @param name Hugging Face name, e.g. {@code model.layers.0.self_attn.q_proj.weight}
     * @param shape the shape the config implies
     */
    NDArray get(String name, long... shape);
}

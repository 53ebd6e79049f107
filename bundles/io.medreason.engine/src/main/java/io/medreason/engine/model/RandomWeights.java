package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** Random weights (normal, std 0.02; norms one, biases zero) for benchmarks and tests; seeded by the engine. */
final class RandomWeights implements WeightSource {

    private final NDManager manager;
    private final DataType dtype;

    RandomWeights(NDManager manager, DataType dtype) {
        this.manager = manager;
        this.dtype = dtype;
    }

    @Override
    public NDArray get(String name, long... shape) {
        Shape s = new Shape(shape);
        if (name.endsWith("norm.weight")) {
            return manager.ones(s, dtype);
        }
        if (name.endsWith(".bias")) {
            return manager.zeros(s, dtype);
        }
        NDArray w = manager.randomNormal(0f, 0.02f, s, DataType.FLOAT32);
        if (dtype == DataType.FLOAT32) {
            return w;
        }
        NDArray cast = w.toType(dtype, false);
        w.close();
        return cast;
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafetensorsException;
import io.medreason.engine.safetensors.TensorInfo;
import java.util.Arrays;

/** Weights read from a {@link Checkpoint}, checked against the shape the config implies. */
final class CheckpointWeights implements WeightSource {

    private final Checkpoint checkpoint;
    private final NDManager manager;
    private final DataType dtype;

    CheckpointWeights(Checkpoint checkpoint, NDManager manager, DataType dtype) {
        this.checkpoint = checkpoint;
        this.manager = manager;
        this.dtype = dtype;
    }

    @Override
    public NDArray get(String name, long... shape) {
        if (!checkpoint.has(name)) {
            throw new SafetensorsException(checkpoint.dir() + ": checkpoint has no tensor " + name
                    + " (not a Qwen2 checkpoint, or a different layout)");
        }
        TensorInfo info = checkpoint.info(name);
        if (!Arrays.equals(info.shape(), shape)) {
            throw new SafetensorsException(checkpoint.file(name).path() + ": tensor " + name + " has shape "
                    + Arrays.toString(info.shape()) + " but config.json implies " + Arrays.toString(shape));
        }
        return checkpoint.load(name, manager, dtype);
    }
}

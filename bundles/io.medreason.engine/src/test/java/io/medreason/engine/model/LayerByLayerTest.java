package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import org.junit.jupiter.api.Test;

/** The layer-by-layer API (for activation checkpointing) composes to exactly {@link Qwen2Model#hidden}. */
class LayerByLayerTest {

    @Test
    void composedLayersEqualHidden() {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.resource("fixtures/kv4-tied-bf16-headdim"), Device.cpu(),
                DataType.FLOAT32); NDManager m = model.manager().newSubManager()) {
            NDArray ids = m.create(new long[][] {{5, 17, 33, 2, 90}, {7, 21, 50, 0, 0}});
            NDArray mask = m.create(new long[][] {{1, 1, 1, 1, 1}, {1, 1, 1, 0, 0}});
            float[] expected = model.hidden(ids, mask).toFloatArray();
            NDArray x = model.embed(ids);
            LayerInputs in = model.layerInputs(mask, x, 0);
            for (int i = 0; i < model.config().numHiddenLayers(); i++) {
                x = model.layer(i, x, in);
            }
            assertArrayEquals(expected, model.finalNorm(x).toFloatArray(), 0f);
        }
    }
}

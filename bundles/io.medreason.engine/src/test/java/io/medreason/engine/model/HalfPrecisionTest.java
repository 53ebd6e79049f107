package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import org.junit.jupiter.api.Test;

/**
 * The FP16 path a T4 uses (FP16 base weights, FP32 norms statistics, softmax and LoRA), run on the CPU: logits close
 * to the FP32 ones, LoRA parameters still FP32, a padded batch without NaN.
 */
class HalfPrecisionTest {

    @Test
    void fp16LogitsFollowFp32() {
        Engine.init();
        long[][] ids = {{5, 17, 33, 2, 90, 41, 8}, {7, 21, 50, 3, 0, 0, 0}};
        long[][] mask = {{1, 1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0, 0}};
        float[][] out = new float[2][];
        DataType[] types = {DataType.FLOAT32, DataType.FLOAT16};
        for (int i = 0; i < 2; i++) {
            try (Qwen2Model model = Qwen2Model.load(TestData.resource("fixtures/kv4-tied-bf16-headdim"), Device.cpu(),
                    types[i]); NDManager m = model.manager().newSubManager()) {
                LoraAdapter adapter = LoraAdapter.load(model, TestData.resource("fixtures/adapter-kv4-rslora"));
                adapter.parameters().values().forEach(p -> assertEquals(DataType.FLOAT32, p.getDataType()));
                NDArray logits = model.forward(m.create(ids), m.create(mask));
                assertEquals(DataType.FLOAT32, logits.getDataType());
                out[i] = logits.toFloatArray();
            }
        }
        double maxDiff = 0;
        double maxAbs = 0;
        for (int j = 0; j < out[0].length; j++) {
            assertTrue(Float.isFinite(out[1][j]), "finite");
            maxDiff = Math.max(maxDiff, Math.abs(out[0][j] - out[1][j]));
            maxAbs = Math.max(maxAbs, Math.abs(out[0][j]));
        }
        System.out.printf("fp16 vs fp32 logits: largest difference %.3e of largest |logit| %.3f%n", maxDiff, maxAbs);
        assertTrue(maxDiff < 2e-2 * maxAbs, "difference " + maxDiff);
    }
}

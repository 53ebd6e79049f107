package io.medreason.engine.lora;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.model.Qwen2Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LoRA on the fixture models: PEFT layout round trip, refusals, trainability (gradients vs finite differences). */
class LoraAdapterTest {

    @TempDir
    Path dir;

    private static final long[][] IDS = {{5, 17, 33, 2, 90, 41}, {7, 21, 50, 3, 0, 0}};
    private static final long[][] MASK = {{1, 1, 1, 1, 1, 1}, {1, 1, 1, 1, 0, 0}};

    private static Qwen2Model fp32Model() {
        Engine.init();
        return Qwen2Model.load(TestData.resource("fixtures/kv2-tied-fp32"), Device.cpu(), DataType.FLOAT32);
    }

    @Test
    void newAdapterStartsAsIdentityAndRoundTripsThroughPeftLayout() throws Exception {
        try (Qwen2Model model = fp32Model(); NDManager m = model.manager().newSubManager()) {
            float[] base = model.forward(m.create(IDS), m.create(MASK)).toFloatArray();
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(4, 8, 0.1, List.of("q_proj", "down_proj"))
                    .withRslora(true), 7);
            assertEquals(2 * 2 * 2, adapter.parameters().size());
            assertArrayEquals(base, model.forward(m.create(IDS), m.create(MASK)).toFloatArray(), "B = 0");
            for (NDArray p : adapter.parameters().values()) {
                assertTrue(p.hasGradient(), "LoRA parameters require gradients");
                p.addi(m.randomNormal(0, 0.1f, p.getShape(), DataType.FLOAT32));
            }
            float[] adapted = model.forward(m.create(IDS), m.create(MASK)).toFloatArray();
            adapter.save(dir);
            JsonNode cfg = new ObjectMapper().readTree(dir.resolve(LoraConfig.FILE).toFile());
            assertEquals("LORA", cfg.get("peft_type").asText());
            assertTrue(cfg.get("use_rslora").asBoolean());
            assertEquals("[\"q_proj\",\"down_proj\"]", cfg.get("target_modules").toString());
            adapter.remove();
            assertArrayEquals(base, model.forward(m.create(IDS), m.create(MASK)).toFloatArray(), "removed");
            LoraAdapter.load(model, dir);
            assertArrayEquals(adapted, model.forward(m.create(IDS), m.create(MASK)).toFloatArray(), "reloaded");
        }
    }

    @Test
    void unsupportedVariantsAndForeignAdaptersAreRefusedByName() throws Exception {
        Path src = TestData.resource("fixtures/adapter-kv1-all");
        Files.copy(src.resolve(LoraAdapter.WEIGHTS), dir.resolve(LoraAdapter.WEIGHTS));
        String config = Files.readString(src.resolve(LoraConfig.FILE));
        Files.writeString(dir.resolve(LoraConfig.FILE), config.replace("\"use_dora\": false", "\"use_dora\": true"));
        try (Qwen2Model model = fp32Model()) {
            String dora = assertThrows(UsageException.class, () -> LoraAdapter.load(model, dir)).getMessage();
            assertTrue(dora.contains("DoRA"), dora);
            String foreign = assertThrows(UsageException.class, () -> LoraAdapter.load(model, src)).getMessage();
            assertTrue(foreign.contains("adapter_model.safetensors") && foreign.contains("shape")
                    && foreign.contains("another model"), foreign);
            assertTrue(model.linears().stream().allMatch(l -> l.lora() == null), "nothing left attached");
        }
    }

    @Test
    void gradientsReachOnlyLoraAndMatchFiniteDifferences() {
        try (Qwen2Model model = fp32Model(); NDManager m = model.manager().newSubManager()) {
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(2, 4, 0, LoraConfig.ALL_TARGETS), 3);
            Map<String, NDArray> params = adapter.parameters();
            for (NDArray p : params.values()) {
                p.addi(m.randomNormal(0, 0.2f, p.getShape(), DataType.FLOAT32));
            }
            String name = "base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight";
            NDArray b = params.get(name);
            try (GradientCollector gc = Engine.init().newGradientCollector()) {
                NDArray loss = objective(model, m);
                gc.backward(loss);
            }
            float analytic = b.getGradient().toFloatArray()[5];
            assertFalse(model.linears().get(0).weight().hasGradient(), "base weights are frozen");
            float eps = 1e-2f;
            float[] values = b.toFloatArray();
            values[5] += eps;
            b.set(values);
            double up = objective(model, m).getFloat();
            values[5] -= 2 * eps;
            b.set(values);
            double down = objective(model, m).getFloat();
            double numeric = (up - down) / (2 * eps);
            System.out.printf("d loss / d %s[5]: autograd %.6f, finite difference %.6f%n", name, analytic, numeric);
            assertEquals(numeric, analytic, 2e-3 * Math.max(1, Math.abs(numeric)));
        }
    }

    /** Sum of squares of the padded batch's logits at real positions, divided by their count (a scalar). */
    private static NDArray objective(Qwen2Model model, NDManager m) {
        NDArray logits = model.forward(m.create(IDS), m.create(MASK)); // (B, T, V)
        NDArray weights = m.create(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0}, new Shape(2, 6, 1));
        return logits.mul(weights).square().sum().div(m.full(new Shape(), 10f * logits.getShape().get(2)));
    }
}

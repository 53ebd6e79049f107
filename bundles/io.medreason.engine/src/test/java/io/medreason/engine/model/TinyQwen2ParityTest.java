package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.eval.TokenLoss;
import io.medreason.engine.lora.LoraAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forward pass against the independent reference in tiny-qwen2/expected.json (PyTorch, float32, written from
 * modeling_qwen2.py and PEFT): mean next-token loss over the four records, without and with the PEFT adapter, to
 * 1e-4 relative.
 */
class TinyQwen2ParityTest {

    private static final double TOLERANCE = 1e-4;
    private static Qwen2Model model;

    @BeforeAll
    static void load() {
        Engine.init();
        model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static TokenLoss.Sum evalAll() {
        TokenLoss.Sum total = new TokenLoss.Sum(0, 0);
        for (long[] ids : TestData.tinyIds()) {
            total = total.plus(TokenLoss.of(model, ids));
        }
        return total;
    }

    @Test
    void baseLossMatchesReference() {
        JsonNode expected = TestData.json("tiny-qwen2/expected.json").get("eval_base");
        TokenLoss.Sum sum = evalAll();
        double rel = TestData.relative(sum.mean(), expected.get("loss").asDouble());
        System.out.printf("eval_base: loss %.9f expected %.9f relative difference %.3e%n", sum.mean(),
                expected.get("loss").asDouble(), rel);
        assertEquals(expected.get("tokens").asLong(), sum.tokens());
        assertTrue(rel < TOLERANCE, "relative difference " + rel);
    }

    @Test
    void adapterLossMatchesReference() {
        JsonNode expected = TestData.json("tiny-qwen2/expected.json").get("eval_adapter");
        LoraAdapter adapter = LoraAdapter.load(model, TestData.resource("tiny-qwen2/adapter"));
        try {
            TokenLoss.Sum sum = evalAll();
            double rel = TestData.relative(sum.mean(), expected.get("loss").asDouble());
            System.out.printf("eval_adapter: loss %.9f expected %.9f relative difference %.3e%n", sum.mean(),
                    expected.get("loss").asDouble(), rel);
            assertEquals(expected.get("tokens").asLong(), sum.tokens());
            assertTrue(rel < TOLERANCE, "relative difference " + rel);
        } finally {
            adapter.remove();
        }
    }
}

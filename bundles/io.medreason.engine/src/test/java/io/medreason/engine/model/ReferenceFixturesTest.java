package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logits of the engine's own fixtures (dev/reference/make_fixtures.py, PyTorch float32): sharded fp16 with an untied
 * head, bf16 with kv ratio 4 and an explicit head_dim, fp32 with kv ratio 2, a LoRA adapter on every target and an
 * rsLoRA adapter on three, right- and left-padded batches; each with eager attention and with SDPA. Tolerance: 1e-4 of the largest |logit|.
 */
class ReferenceFixturesTest {

    private static final double TOLERANCE = 1e-4;

    static Stream<Arguments> cases() {
        List<Arguments> list = new ArrayList<>();
        for (AttnImplementation attention : AttnImplementation.values()) {
            TestData.json("fixtures/expected.json").get("cases").forEach(c -> list.add(Arguments.of(
                    c.get("name").asText(), attention, c)));
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("cases")
    void logitsMatchReference(String name, AttnImplementation attention, JsonNode c) {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.resource("fixtures/" + c.get("model").asText()), Device.cpu(),
                DataType.FLOAT32); NDManager m = model.manager().newSubManager()) {
            model.setAttnImplementation(attention);
            if (!c.get("adapter").isNull()) {
                LoraAdapter.load(model, TestData.resource("fixtures/" + c.get("adapter").asText()));
            }
            long[][] ids = longs(c.get("input_ids"));
            NDArray input = m.create(ids);
            NDArray mask = c.get("attention_mask").isNull() ? null : m.create(longs(c.get("attention_mask")));
            NDArray logits = model.forward(input, mask);
            JsonNode ref = c.get("logits");
            long v = ref.get(0).get(0).size();
            assertArrayEquals(new long[] {ids.length, ids[0].length, v}, logits.getShape().getShape());
            float[] actual = logits.toFloatArray();
            double maxRef = 0;
            double maxDiff = 0;
            int i = 0;
            for (JsonNode b : ref) {
                for (JsonNode t : b) {
                    for (JsonNode x : t) {
                        maxRef = Math.max(maxRef, Math.abs(x.asDouble()));
                        maxDiff = Math.max(maxDiff, Math.abs(actual[i++] - x.asDouble()));
                    }
                }
            }
            System.out.printf("%s (%s attention): largest |logit difference| %.3e, largest |logit| %.3f%n", name,
                    attention.flagValue(), maxDiff, maxRef);
            assertTrue(maxDiff <= TOLERANCE * maxRef, "largest difference " + maxDiff);
        }
    }

    static long[][] longs(JsonNode rows) {
        long[][] out = new long[rows.size()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = new long[rows.get(r).size()];
            for (int j = 0; j < out[r].length; j++) {
                out[r][j] = rows.get(r).get(j).asLong();
            }
        }
        return out;
    }
}

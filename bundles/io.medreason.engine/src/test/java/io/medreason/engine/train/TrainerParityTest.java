package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;

import com.fasterxml.jackson.databind.JsonNode;

import io.medreason.engine.TestData;
import io.medreason.engine.model.AttnImplementation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Losses, learning rates and gradient norms of whole training runs against PyTorch: the independent reference of
 * tiny-qwen2/expected.json (8 steps, batch 1) and our own fixtures from dev/reference/train_reference.py (padding
 * with batches of 2 and 3, gradient accumulation, clipping, warm-up, linear/cosine/constant schedules, weight decay,
 * seeded shuffling, assistant-only labels). Each with eager attention and with SDPA.
 */
class TrainerParityTest {

    @ParameterizedTest
    @EnumSource(AttnImplementation.class)
    void independentReferenceLossesTo1e3(AttnImplementation attention, @TempDir Path out) {
        JsonNode expected = TestData.json("tiny-qwen2/expected.json").get("train");
        List<TokenizedExample> records = new ArrayList<>();
        TestData.tinyIds().forEach(ids -> records.add(new TokenizedExample(ids, 0)));
        int steps = expected.get("steps").asInt();
        try (TrainRig rig = new TrainRig(0, TestData.resource("tiny-qwen2/adapter"), DataType.FLOAT32, attention)) {
            rig.run(TrainRig.options(steps, expected.get("lr").asDouble(), "linear", 0, 0, 0, 1, 1, null), records,
                    out);
            double max = 0;
            for (int i = 0; i < steps; i++) {
                max = Math.max(max, Math.abs(rig.steps.get(i).loss() - expected.get("losses").get(i).asDouble()));
            }
            System.out.printf("expected.json train.losses (%s attention): %d steps, largest difference %.3e%n",
                    attention.flagValue(), steps, max);
            assertEquals(steps, rig.steps.size());
            assertTrue(max < 1e-3, "largest loss difference " + max);
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(AttnImplementation.values()).flatMap(a -> Stream.of("batch2-accum2-clip-warmup-linear",
                "batch3-clip-warmup-cosine", "batch1-accum3-constant-all").map(n -> Arguments.of(n, a)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("fixtures")
    void ownFixtures(String name, AttnImplementation attention, @TempDir Path out) {
        JsonNode c = TestData.json("io/medreason/engine/train/fixtures/" + name + ".json");
        JsonNode expected = c.get("expected");
        boolean all = c.path("train_on_all").asBoolean(false);
        List<TokenizedExample> records = new ArrayList<>();
        for (JsonNode r : c.get("records")) {
            long[] ids = new long[r.get("ids").size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = r.get("ids").get(i).asLong();
            }
            records.add(new TokenizedExample(ids, all ? 0 : r.get("prompt").asInt()));
        }
        int steps = c.get("steps").asInt();
        Long seed = c.get("shuffle_seed").isNull() ? null : c.get("shuffle_seed").asLong();
        try (TrainRig rig = new TrainRig(0, TestData.resource("tiny-qwen2/adapter"), DataType.FLOAT32, attention)) {
            rig.run(TrainRig.options(steps, c.get("lr").asDouble(), c.get("scheduler").asText(),
                    c.get("warmup").asInt(), c.get("weight_decay").asDouble(), c.get("max_grad_norm").asDouble(),
                    c.get("batch").asInt(), c.get("accum").asInt(), seed), records, out);
            double loss = 0;
            double norm = 0;
            double lr = 0;
            for (int i = 0; i < steps; i++) {
                loss = Math.max(loss, Math.abs(rig.steps.get(i).loss() - expected.get("losses").get(i).asDouble()));
                norm = Math.max(norm, TestData.relative(rig.steps.get(i).gradNorm(),
                        expected.get("grad_norms").get(i).asDouble()));
                lr = Math.max(lr, Math.abs(rig.steps.get(i).lr() - expected.get("lrs").get(i).asDouble()));
            }
            for (int i = 0; i < steps; i++) {
                System.out.printf("  step %d loss %.7f (%.7f) norm %.6f (%.6f) t=%.2fs%n", i + 1, rig.steps.get(i).loss(),
                        expected.get("losses").get(i).asDouble(), rig.steps.get(i).gradNorm(),
                        expected.get("grad_norms").get(i).asDouble(), rig.steps.get(i).elapsedS());
            }
            double sum = TestData.relative(rig.adapterSum(), expected.get("adapter_sum").asDouble());
            System.out.printf("%s (%s attention): largest loss difference %.3e, grad-norm relative %.3e, lr %.3e, "
                    + "final adapter sum relative %.3e%n", name, attention.flagValue(), loss, norm, lr, sum);
            // float32 on both sides, same operations: agreement well inside the 1e-3
            assertTrue(loss < 1e-4, "loss " + loss);
            assertTrue(norm < 1e-3, "grad norm " + norm);
            assertTrue(lr < 1e-12, "lr " + lr);
            assertTrue(sum < 1e-4, "adapter sum " + sum);
        }
    }
}

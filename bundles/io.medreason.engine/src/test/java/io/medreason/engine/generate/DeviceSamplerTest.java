package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.Engine;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The device sampler against the host {@link Sampler}, which defines the rules: the same tokens for the same logits,
 * tokens seen and seed, over greedy, top-k, top-p, no top-k, temperatures and repetition penalties, on logits rounded
 * to a coarse grid so that many tokens tie (the host orders ties by id).
 */
class DeviceSamplerTest {

    private static final int VOCAB = 3000;
    private static final List<GenerationConfig> CONFIGS = List.of(GenerationConfig.greedy(1),
            new GenerationConfig(1, 0, 0, 1, 1.3, 0), new GenerationConfig(1, 0.7, 20, 0.8, 1.05, 42),
            new GenerationConfig(1, 1.0, 0, 0.9, 1.0, 7), new GenerationConfig(1, 1.5, 50, 1.0, 1.2, 3),
            new GenerationConfig(1, 0.3, 0, 1.0, 1.0, 11), new GenerationConfig(1, 2.0, 5, 0.5, 1.0, 99));

    @Test
    void deviceSamplerPicksWhatTheHostSamplerPicks() {
        Engine.init();
        SplittableRandom random = new SplittableRandom(2026);
        int draws = 0;
        try (NDManager m = NDManager.newBaseManager()) {
            for (GenerationConfig config : CONFIGS) {
                Sampler host = new Sampler(config);
                long[] seen = random.longs(40, 0, VOCAB).toArray();
                long[] hostChoices = new long[30];
                long[] deviceChoices = new long[30];
                try (DeviceSampler device = new DeviceSampler(config, m, VOCAB)) {
                    device.see(seen);
                    for (int i = 0; i < hostChoices.length; i++) {
                        float[] logits = logits(random, i % 2 == 0 ? 0.25 : 0);
                        NDArray onDevice = m.create(logits, new Shape(1, VOCAB));
                        deviceChoices[i] = device.next(onDevice);
                        hostChoices[i] = host.next(logits.clone(), seen);
                        onDevice.close();
                        draws++;
                    }
                }
                assertArrayEquals(hostChoices, deviceChoices, config.toString());
                assertTrue(config.isGreedy() || config.temperature() < 1
                        || new HashSet<>(Arrays.asList(box(hostChoices))).size() > 1, "the draw varies");
            }
        }
        System.out.println("device sampler = host sampler on " + draws + " draws over " + CONFIGS.size() + " settings");
    }

    /** Logits of a peaked distribution; with {@code grid} > 0 rounded to multiples of it (many exact ties). */
    private static float[] logits(SplittableRandom random, double grid) {
        float[] l = new float[VOCAB];
        for (int i = 0; i < l.length; i++) {
            double v = random.nextGaussian() * 2 + (i % 97 == 0 ? 4 : 0);
            l[i] = (float) (grid > 0 ? Math.round(v / grid) * grid : v);
        }
        return l;
    }

    private static Long[] box(long[] a) {
        return Arrays.stream(a).boxed().toArray(Long[]::new);
    }
}

package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sampling rules on hand-made logits. */
class SamplerTest {

    private static final float[] LOGITS = {-3f, 2.5f, -0.5f, 2.4f, 0f, -7f, 1f};

    private static Set<Integer> drawn(GenerationConfig c, int n) {
        Sampler s = new Sampler(c);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            seen.add(s.next(LOGITS.clone(), new long[0]));
        }
        return seen;
    }

    @Test
    void greedyTopKAndTopPKeepTheRightTokens() {
        assertEquals(1, new Sampler(GenerationConfig.greedy(1)).next(LOGITS.clone(), new long[0]));
        assertEquals(Set.of(1, 3), drawn(new GenerationConfig(1, 1.0, 2, 1.0, 1.0, 5), 200));
        // softmax: p(1)≈0.41, p(3)≈0.37, p(6)≈0.09: top-p 0.7 keeps {1, 3}; top-p 0.3 keeps {1}
        assertEquals(Set.of(1, 3), drawn(new GenerationConfig(1, 1.0, 0, 0.7, 1.0, 5), 200));
        assertEquals(Set.of(1), drawn(new GenerationConfig(1, 1.0, 0, 0.3, 1.0, 5), 50));
        assertTrue(drawn(new GenerationConfig(1, 1.0, 0, 1.0, 1.0, 5), 400).containsAll(Set.of(1, 3, 6, 4, 2)));
    }

    @Test
    void repetitionPenaltyAndSeed() {
        // 2.5 / 1.2 = 2.08 < 2.4: the seen token loses its lead
        assertEquals(3, new Sampler(new GenerationConfig(1, 0, 0, 1, 1.2, 0)).next(LOGITS.clone(), new long[] {1}));
        GenerationConfig c = new GenerationConfig(1, 1.0, 0, 1.0, 1.0, 99);
        Sampler a = new Sampler(c);
        Sampler b = new Sampler(c);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next(LOGITS.clone(), new long[0]), b.next(LOGITS.clone(), new long[0]));
        }
    }
}

package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.TestData;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The model prepared for asking against the model itself: merged weights equal base + scaling·B·A (computed here in
 * Java, in double), cached decoding equals a full forward pass of the unmerged model at every step, and the key/value
 * cache is written in place.
 */
class AskingModelTest {

    private static final long[] PROMPT = {151644, 872, 198, 104172, 100406, 3837, 35946, 104044};
    private static final long[] FED = {9370, 17, 100, 151645, 42, 7};

    @Test
    void mergedWeightsEqualBasePlusScaledBA() {
        try (Qwen2Model model = TestData.tinyModel(true); AskingModel asking = AskingModel.of(model)) {
            double largest = 0;
            double change = 0;
            for (Linear linear : model.linears()) {
                float[] w = linear.weight().toFloatArray();
                float[] a = linear.lora().a().toFloatArray();
                float[] b = linear.lora().b().toFloatArray();
                int out = (int) linear.outFeatures();
                int in = (int) linear.inFeatures();
                int r = a.length / in;
                float[] merged = asking.projection(linear.name()).toFloatArray();
                for (int i = 0; i < out; i++) {
                    for (int j = 0; j < in; j++) {
                        double delta = 0;
                        for (int k = 0; k < r; k++) {
                            delta += (double) b[i * r + k] * a[k * in + j];
                        }
                        double expected = w[i * in + j] + linear.lora().scaling() * delta;
                        largest = Math.max(largest, Math.abs(merged[i * in + j] - expected));
                        change = Math.max(change, Math.abs(merged[i * in + j] - w[i * in + j]));
                    }
                }
            }
            System.out.printf("merged-for-asking weights vs base + scaling·B·A: largest difference %.3e"
                    + " (largest change from the base %.3e)%n", largest, change);
            assertEquals(14, asking.mergedProjections(), "2 layers × 7 projections");
            assertTrue(change > 1e-3, "the adapter changes the weights: " + change);
            assertTrue(largest <= 1e-6, "largest difference " + largest);
            assertTrue(model.linears().stream().allMatch(l -> l.lora() != null), "the model keeps its branches");
        }
    }

    @Test
    void projectionsWithoutBranchShareTheModelsWeights() {
        try (Qwen2Model model = TestData.tinyModel(false); AskingModel asking = AskingModel.of(model)) {
            assertEquals(0, asking.mergedProjections());
            for (Linear linear : model.linears()) {
                assertSame(linear.weight(), asking.projection(linear.name()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cachedDecodeLogitsEqualFullForwardAtEveryStep(boolean adapter) {
        for (AttnImplementation attention : AttnImplementation.values()) {
            try (Qwen2Model model = TestData.tinyModel(adapter); AskingModel asking = AskingModel.of(model);
                    KvCache cache = asking.newCache(PROMPT.length + FED.length);
                    NDManager m = model.manager().newSubManager()) {
                model.setAttnImplementation(attention);
                double largest = 0;
                long[] seq = PROMPT;
                NDArray fresh = m.create(PROMPT, new Shape(1, PROMPT.length));
                for (int step = 0; step <= FED.length; step++) {
                    float[] cached = asking.lastLogits(fresh, cache).toFloatArray();
                    NDArray full = model.forward(m.create(seq, new Shape(1, seq.length)), null); // (1, S, V)
                    float[] reference = full.get(new NDIndex("0, {}", seq.length - 1)).toFloatArray();
                    for (int i = 0; i < reference.length; i++) {
                        largest = Math.max(largest, Math.abs(cached[i] - reference[i]));
                    }
                    if (step < FED.length) {
                        seq = Arrays.copyOf(seq, seq.length + 1);
                        seq[seq.length - 1] = FED[step];
                        fresh = m.create(new long[] {FED[step]}, new Shape(1, 1));
                    }
                }
                System.out.printf("cached decode vs full forward (%s, %s): largest logit difference %.3e%n",
                        adapter ? "base+adapter merged vs unmerged" : "base", attention.flagValue(), largest);
                assertTrue(largest <= 1e-4, "largest difference " + largest);
                assertEquals(PROMPT.length + FED.length, cache.length());
            }
        }
    }

    @Test
    void cacheIsWrittenInPlaceAndNeverReallocated() {
        try (Qwen2Model model = TestData.tinyModel(false); AskingModel asking = AskingModel.of(model);
                KvCache cache = asking.newCache(PROMPT.length + 2); NDManager m = model.manager().newSubManager()) {
            NDArray keys = cache.keys(1);
            NDArray values = cache.values(1);
            Qwen2Config c = model.config();
            assertEquals(new Shape(1, c.numKeyValueHeads(), PROMPT.length + 2, c.headDim()), keys.getShape());
            asking.lastLogits(m.create(PROMPT, new Shape(1, PROMPT.length)), cache);
            float[] afterPrompt = keys.toFloatArray();
            asking.lastLogits(m.create(new long[] {FED[0]}, new Shape(1, 1)), cache);
            asking.lastLogits(m.create(new long[] {FED[1]}, new Shape(1, 1)), cache);
            assertSame(keys, cache.keys(1), "the same key array for the whole sequence");
            assertSame(values, cache.values(1));
            assertEquals(PROMPT.length + 2, cache.capacity());
            float[] full = keys.toFloatArray();
            int row = c.headDim();
            int positions = PROMPT.length + 2;
            for (int h = 0; h < c.numKeyValueHeads(); h++) {
                int base = h * positions * row;
                float[] promptRows = Arrays.copyOfRange(full, base, base + PROMPT.length * row);
                assertArrayEquals(Arrays.copyOfRange(afterPrompt, base, base + PROMPT.length * row), promptRows,
                        "the prompt's keys stay where they were written");
                float[] lastRow = Arrays.copyOfRange(full, base + (positions - 1) * row, base + positions * row);
                assertTrue(Arrays.stream(toDoubles(lastRow)).anyMatch(v -> v != 0), "the last position is filled");
                float[] lastBefore = Arrays.copyOfRange(afterPrompt, base + (positions - 1) * row, base + positions * row);
                assertTrue(Arrays.stream(toDoubles(lastBefore)).allMatch(v -> v == 0), "empty until written");
            }
            String full2 = assertThrows(IllegalStateException.class, () -> asking.lastLogits(m.create(new long[] {5},
                    new Shape(1, 1)), cache)).getMessage();
            assertTrue(full2.contains("capacity of " + positions), full2);
        }
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}

package io.medreason.engine.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.Generator;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java vector kernels against PyTorch's operators on the same asking model: after the same prompt (prefilled by
 * PyTorch into each kernel's own cache), every decoded position's logits and the keys and values written into the
 * cache agree within rounding, for the tiny model with and without its trained adapter and for a random model with
 * Qwen2.5-0.5B's dimensions; greedy answers through {@link Generator} are the same tokens.
 */
class VectorDecoderTest {

    private static final long[] PROMPT = {151644, 872, 198, 104172, 100406, 3837, 35946, 104044};
    private static final long[] FED = {9370, 17, 100, 151645, 42, 7, 11, 2};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void tinyModelLogitsAndCacheEqualPyTorchAtEveryStep(boolean adapter) {
        try (Qwen2Model model = TestData.tinyModel(adapter)) {
            double[] largest = compare(model, PROMPT, FED);
            System.out.printf("Java vector kernels vs PyTorch operators, tiny model%s: largest logit difference %.3e,"
                    + " largest key/value difference %.3e%n", adapter ? " + adapter" : "", largest[0], largest[1]);
            assertTrue(largest[0] <= 1e-4, "largest logit difference " + largest[0]);
            assertTrue(largest[1] <= 1e-5, "largest key/value difference " + largest[1]);
        }
    }

    @Test
    void halfBillionDimensionsAgreeWithPyTorch() {
        Engine.init();
        Engine.seed(11);
        try (Qwen2Model model = Qwen2Model.random(Qwen2Config.qwen25HalfB(), Device.cpu(), DataType.FLOAT32)) {
            long[] prompt = new Random(3).longs(24, 0, model.config().vocabSize()).toArray();
            long[] fed = new Random(4).longs(4, 0, model.config().vocabSize()).toArray();
            double[] largest = compare(model, prompt, fed);
            System.out.printf("Java vector kernels vs PyTorch operators, random Qwen2.5-0.5B dimensions: largest logit"
                    + " difference %.3e (logits up to %.3e), largest key/value difference %.3e%n", largest[0],
                    largest[2], largest[1]);
            assertTrue(largest[0] <= 1e-4 * Math.max(1, largest[2]), "largest logit difference " + largest[0]);
            assertTrue(largest[1] <= 1e-4, "largest key/value difference " + largest[1]);
        }
    }

    /** {largest logit difference, largest key/value difference, largest |logit|} over every decoded position. */
    private static double[] compare(Qwen2Model model, long[] prompt, long[] fed) {
        int capacity = prompt.length + fed.length;
        try (AskingModel java = AskingModel.of(model, DecodeKernel.JAVA_VECTOR);
                AskingModel torch = AskingModel.of(model, DecodeKernel.PYTORCH);
                KvCache javaCache = java.newCache(capacity); KvCache torchCache = torch.newCache(capacity);
                NDManager m = model.manager().newSubManager()) {
            assertEquals(DecodeKernel.JAVA_VECTOR, java.kernel());
            java.lastLogits(m.create(prompt, new Shape(1, prompt.length)), javaCache);
            torch.lastLogits(m.create(prompt, new Shape(1, prompt.length)), torchCache);
            double[] largest = new double[3];
            for (long token : fed) {
                float[] a = java.nextLogits(token, javaCache, m).toFloatArray();
                float[] b = torch.lastLogits(m.create(new long[] {token}, new Shape(1, 1)), torchCache).toFloatArray();
                largest[0] = Math.max(largest[0], largestDifference(a, b));
                for (float v : b) {
                    largest[2] = Math.max(largest[2], Math.abs(v));
                }
            }
            assertEquals(capacity, javaCache.length(), "one position per decoded token");
            for (int i = 0; i < model.config().numHiddenLayers(); i++) {
                largest[1] = Math.max(largest[1], largestDifference(javaCache.keys(i).toFloatArray(),
                        torchCache.keys(i).toFloatArray()));
                largest[1] = Math.max(largest[1], largestDifference(javaCache.values(i).toFloatArray(),
                        torchCache.values(i).toFloatArray()));
            }
            return largest;
        }
    }

    @Test
    void greedyAnswersAreTheSameTokens() {
        try (Qwen2Model model = TestData.tinyModel(true);
                Generator java = new Generator(model, null, DecodeKernel.JAVA_VECTOR);
                Generator torch = new Generator(model, null, DecodeKernel.PYTORCH)) {
            long[] a = java.generate(PROMPT, GenerationConfig.greedy(24), null).tokens();
            long[] b = torch.generate(PROMPT, GenerationConfig.greedy(24), null).tokens();
            assertEquals(24, a.length);
            assertArrayEquals(b, a, "Java kernels and PyTorch operators answer with the same tokens");
            assertTrue(java.decodeKernel().startsWith("Java vector kernels, "), java.decodeKernel());
            assertEquals("PyTorch operators", torch.decodeKernel());
        }
    }

    @Test
    void aFullCacheIsRefusedWithItsCapacity() {
        try (Qwen2Model model = TestData.tinyModel(false); AskingModel java = AskingModel.of(model, DecodeKernel.JAVA_VECTOR);
                KvCache cache = java.newCache(PROMPT.length + 1); NDManager m = model.manager().newSubManager()) {
            java.lastLogits(m.create(PROMPT, new Shape(1, PROMPT.length)), cache);
            java.nextLogits(FED[0], cache, m);
            String message = assertThrows(IllegalStateException.class, () -> java.nextLogits(FED[1], cache, m))
                    .getMessage();
            assertTrue(message.contains("fill its capacity"), message);
        }
    }

    @Test
    void otherTypesStayOnPyTorch() {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT16)) {
            assertEquals(DecodeKernel.PYTORCH, DecodeKernel.fastest(model));
            String message = assertThrows(IllegalArgumentException.class,
                    () -> AskingModel.of(model, DecodeKernel.JAVA_VECTOR)).getMessage();
            assertTrue(message.contains("float16, not float32"), message);
        }
    }

    private static double largestDifference(float[] a, float[] b) {
        assertEquals(b.length, a.length);
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }
}

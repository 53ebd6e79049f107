package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.ChatMl;
import io.medreason.engine.text.QwenTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Generation against the PyTorch reference, cache against no cache, stopping (tokens, requests) and streaming. */
class GeneratorTest {

    @ParameterizedTest
    @EnumSource(AttnImplementation.class)
    void greedyTokensMatchReferenceWithAndWithoutCache(AttnImplementation attention) {
        Engine.init();
        JsonNode g = TestData.json("fixtures/expected.json").get("greedy");
        long[] prompt = longs(g.get("prompt"));
        long[] expected = longs(g.get("tokens"));
        try (Qwen2Model model = Qwen2Model.load(TestData.resource("fixtures/" + g.get("model").asText()),
                Device.cpu(), DataType.FLOAT32)) {
            model.setAttnImplementation(attention);
            GenerationConfig greedy = GenerationConfig.greedy(expected.length);
            assertArrayEquals(expected, new Generator(model, null).generate(prompt, greedy, null).tokens());
            assertArrayEquals(expected, new Generator(model, null).referencePath().generate(prompt, greedy, null)
                    .tokens());
        }
    }

    @Test
    void cachedSamplingEqualsUncachedAndStreamsWholeCharacters() throws Exception {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32);
                QwenTokenizer tok = QwenTokenizer.load(TestData.TINY_MODEL)) {
            LoraAdapter.load(model, TestData.resource("tiny-qwen2/adapter"));
            long[] prompt = tok.encode(ChatMl.prompt(null, "醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？"));
            GenerationConfig sampling = new GenerationConfig(12, 0.8, 50, 0.9, 1.1, 42);
            List<String> pieces = new ArrayList<>();
            Generator.Result cached = new Generator(model, tok).withStopTokens(Set.of())
                    .generate(prompt, sampling, pieces::add);
            Generator.Result uncached = new Generator(model, tok).withStopTokens(Set.of()).referencePath()
                    .generate(prompt, sampling, null);
            assertEquals(12, cached.tokens().length);
            assertArrayEquals(uncached.tokens(), cached.tokens());
            assertEquals(String.join("", pieces), cached.text());
            assertEquals(tok.decode(cached.tokens()), cached.text());
            for (String piece : pieces) {
                assertTrue(piece.indexOf('\uFFFD') < 0 || tok.decode(cached.tokens()).indexOf('\uFFFD') >= 0,
                        "no half character emitted: " + piece);
            }
        }
    }

    @Test
    void greedyTokensWithAdapterMatchTheReferencePath() throws Exception {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32);
                QwenTokenizer tok = QwenTokenizer.load(TestData.TINY_MODEL)) {
            LoraAdapter adapter = LoraAdapter.load(model, TestData.resource("tiny-qwen2/adapter"));
            long[] prompt = tok.encode(ChatMl.prompt(null, "醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？"));
            GenerationConfig greedy = new GenerationConfig(16, 0, 0, 1, 1.05, 0);
            long[] fast;
            try (Generator generator = new Generator(model, tok).withStopTokens(Set.of())) {
                fast = generator.generate(prompt, greedy, null).tokens();
            }
            long[] reference = new Generator(model, tok).withStopTokens(Set.of()).referencePath()
                    .generate(prompt, greedy, null).tokens();
            adapter.remove();
            long[] base;
            try (Generator generator = new Generator(model, tok).withStopTokens(Set.of())) {
                base = generator.generate(prompt, greedy, null).tokens();
            }
            System.out.println("greedy, fast path: with adapter " + java.util.Arrays.toString(fast) + ", base "
                    + java.util.Arrays.toString(base));
            assertEquals(16, fast.length);
            assertArrayEquals(reference, fast);
            assertFalse(java.util.Arrays.equals(base, fast), "the merged adapter changes the answer");
        }
    }

    @Test
    void stopsAtStopTokenWithoutEmittingIt() throws Exception {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32)) {
            long[] prompt = {151644, 872, 198, 104172, 100406};
            long[] free = new Generator(model, null).generate(prompt, GenerationConfig.greedy(6), null).tokens();
            assertEquals(6, free.length);
            Generator.Result stopped = new Generator(model, null).withStopTokens(Set.of(free[3]))
                    .generate(prompt, GenerationConfig.greedy(6), null);
            int first = 0;
            while (free[first] != free[3]) {
                first++;
            }
            assertEquals(Generator.Stop.END_TOKEN, stopped.stop());
            assertArrayEquals(java.util.Arrays.copyOf(free, first), stopped.tokens());
        }
    }

    @Test
    void aStopRequestEndsGenerationAfterTheCurrentToken() throws Exception {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32)) {
            long[] prompt = {151644, 872, 198, 104172, 100406};
            Generator generator = new Generator(model, null).withStopTokens(Set.of());
            long[] free = generator.generate(prompt, GenerationConfig.greedy(8), null).tokens();
            int[] asked = {0};
            Generator.Result stopped = generator.generate(prompt, GenerationConfig.greedy(8), null,
                    () -> ++asked[0] > 3);
            assertEquals(Generator.Stop.REQUESTED, stopped.stop());
            assertEquals(4, asked[0], "asked once before each token");
            assertArrayEquals(java.util.Arrays.copyOf(free, 3), stopped.tokens());
        }
    }

    static long[] longs(JsonNode a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asLong();
        }
        return out;
    }
}

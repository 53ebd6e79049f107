package io.medreason.engine.generate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.model.KvCache;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.QwenTokenizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Autoregressive generation: the prompt is run once (prefill) into a key/value cache, then one token at a time
 * (decode). Stops at {@code <|im_end|>} or {@code <|endoftext|>} (not emitted) or after the maximum number of new
 * tokens, or when asked to stop (polled once a token, on the generating thread); streams text to a
 * {@link TextListener} in whole UTF-8 characters.
 */
public final class Generator {

    /** Why generation ended: a stop token, the maximum number of new tokens, or a stop request. */
    public enum Stop { END_TOKEN, MAX_TOKENS, REQUESTED }

    /** The outcome: new token ids (without the stop token), the text, timings in nanoseconds. */
    public record Result(long[] tokens, String text, Stop stop, int promptTokens, long prefillNanos,
            long decodeNanos) {

        /** Decode tokens per second (tokens after the first, which prefill produced). */
        public double decodeTokensPerSecond() {
            return tokens.length <= 1 || decodeNanos == 0 ? 0 : (tokens.length - 1) * 1e9 / decodeNanos;
        }
    }

    private final Qwen2Model model;
    private final QwenTokenizer tokenizer;
    private final Set<Long> stopIds = new HashSet<>();
    private boolean useCache = true;

    /** @param tokenizer gives the stop tokens and the text; may be null (then no stop tokens, empty text) */
    public Generator(Qwen2Model model, QwenTokenizer tokenizer) {
        this.model = model;
        this.tokenizer = tokenizer;
        if (tokenizer != null) {
            for (String s : new String[] {QwenTokenizer.IM_END, QwenTokenizer.END_OF_TEXT}) {
                if (tokenizer.hasSpecial(s)) {
                    stopIds.add(tokenizer.id(s));
                }
            }
        }
    }

    /** Replaces the stop tokens (default: {@code <|im_end|>} and {@code <|endoftext|>}). */
    public Generator withStopTokens(Set<Long> ids) {
        stopIds.clear();
        stopIds.addAll(ids);
        return this;
    }

    /** Turns the key/value cache off (every step reruns the whole sequence); for checking the cache. */
    public Generator withoutCache() {
        this.useCache = false;
        return this;
    }

    /** Generates a continuation of {@code prompt}. */
    public Result generate(long[] prompt, GenerationConfig config, TextListener listener) {
        return generate(prompt, config, listener, () -> false);
    }

    /**
     * Generates a continuation of {@code prompt} until {@code stopRequested} holds, which is asked before every
     * token (after the text of the one before went to the listener); the text so far is kept.
     */
    public Result generate(long[] prompt, GenerationConfig config, TextListener listener,
            BooleanSupplier stopRequested) {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("empty prompt");
        }
        Sampler sampler = new Sampler(config);
        Utf8Stream utf8 = new Utf8Stream();
        StringBuilder text = new StringBuilder();
        long[] seq = Arrays.copyOf(prompt, prompt.length + config.maxNewTokens());
        int len = prompt.length;
        long start = System.nanoTime();
        long prefill = 0;
        Stop stop = Stop.MAX_TOKENS;
        try (NDManager m = model.manager().newSubManager(); KvCache cache = useCache ? model.newCache() : null) {
            for (int step = 0; step < config.maxNewTokens(); step++) {
                if (stopRequested.getAsBoolean()) {
                    stop = Stop.REQUESTED;
                    break;
                }
                float[] logits = step(m, seq, len, cache);
                int next = sampler.next(logits, Arrays.copyOf(seq, len));
                if (step == 0) {
                    prefill = System.nanoTime() - start;
                }
                if (stopIds.contains((long) next)) {
                    stop = Stop.END_TOKEN;
                    break;
                }
                seq[len++] = next;
                emit(utf8.push(bytes(next)), text, listener);
            }
        }
        emit(utf8.flush(), text, listener);
        long total = System.nanoTime() - start;
        return new Result(Arrays.copyOfRange(seq, prompt.length, len), text.toString(), stop, prompt.length, prefill,
                total - prefill);
    }

    private float[] step(NDManager m, long[] seq, int len, KvCache cache) {
        int from = cache == null ? 0 : cache.length();
        long[] fresh = Arrays.copyOfRange(seq, from, len);
        try (NDManager stepManager = m.newSubManager()) {
            NDArray ids = stepManager.create(fresh, new Shape(1, fresh.length));
            return model.lastLogits(ids, null, cache).toFloatArray(); // (1, V)
        }
    }

    private byte[] bytes(long id) {
        return tokenizer == null ? new byte[0] : tokenizer.bytes(id);
    }

    private static void emit(String piece, StringBuilder text, TextListener listener) {
        if (!piece.isEmpty()) {
            text.append(piece);
            if (listener != null) {
                listener.onText(piece);
            }
        }
    }
}

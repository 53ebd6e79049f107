package io.medreason.engine.generate;

import io.medreason.engine.model.AskingModel;
import io.medreason.engine.model.DecodeKernel;
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
 *
 * <p>Asking runs on an {@link AskingModel} made once, when the generator is made (the adapter merged into private
 * copies of its projections), with a preallocated cache of prompt + maximum new tokens and the sampling on the device
 * ({@link DeviceSampler}): each token copies one id back to the host. {@link #referencePath()} switches to the path
 * the fast one is checked against: the model as it is (LoRA branches unmerged), the whole sequence rerun at every
 * token, the logits row copied to the host and sampled there ({@link Sampler}).
 */
public final class Generator implements AutoCloseable {

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
    private AskingModel asking;
    private boolean reference;

    /**
     * Prepares {@code model} for asking as it is now (its adapter, if any, is merged into private copies here).
     *
     * @param tokenizer gives the stop tokens and the text; may be null (then no stop tokens, empty text)
     */
    public Generator(Qwen2Model model, QwenTokenizer tokenizer) {
        this(model, tokenizer, DecodeKernel.fastest(model));
    }

    /**
     * As {@link #Generator(Qwen2Model, QwenTokenizer)}, decoding with {@code kernel}.
     *
     * @throws IllegalArgumentException when {@code kernel} cannot decode {@code model} in this JVM
     */
    public Generator(Qwen2Model model, QwenTokenizer tokenizer, DecodeKernel kernel) {
        this.model = model;
        this.tokenizer = tokenizer;
        if (tokenizer != null) {
            for (String s : new String[] {QwenTokenizer.IM_END, QwenTokenizer.END_OF_TEXT}) {
                if (tokenizer.hasSpecial(s)) {
                    stopIds.add(tokenizer.id(s));
                }
            }
        }
        this.asking = AskingModel.of(model, kernel);
    }

    /** How tokens after the prompt are decoded, e.g. {@code Java vector kernels, 2 threads}. */
    public String decodeKernel() {
        return reference ? "reference path (PyTorch operators, no cache)" : asking.describeKernel();
    }

    /** Replaces the stop tokens (default: {@code <|im_end|>} and {@code <|endoftext|>}). */
    public Generator withStopTokens(Set<Long> ids) {
        stopIds.clear();
        stopIds.addAll(ids);
        return this;
    }

    /**
     * Switches to the reference path (unmerged adapter, no cache, host sampling), which the fast path must agree
     * with; slow, for checking. Frees the merged copies.
     */
    public Generator referencePath() {
        this.reference = true;
        close();
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
        Utf8Stream utf8 = new Utf8Stream();
        StringBuilder text = new StringBuilder();
        long[] seq = Arrays.copyOf(prompt, prompt.length + config.maxNewTokens());
        int len = prompt.length;
        long start = System.nanoTime();
        long prefill = 0;
        Stop stop = Stop.MAX_TOKENS;
        try (Decoding decoding = reference ? new ReferenceDecoding(model, config)
                : new CachedDecoding(asking, config, seq.length)) {
            for (int step = 0; step < config.maxNewTokens(); step++) {
                if (stopRequested.getAsBoolean()) {
                    stop = Stop.REQUESTED;
                    break;
                }
                int next = decoding.next(seq, len);
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

    /** Frees the merged copies (the model stays open). */
    @Override
    public void close() {
        if (asking != null) {
            asking.close();
            asking = null;
        }
    }
}

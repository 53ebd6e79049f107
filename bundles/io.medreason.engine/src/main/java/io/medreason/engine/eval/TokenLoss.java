package io.medreason.engine.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.model.Qwen2Model;

/**
 * Next-token cross-entropy of one sequence, as transformers' causal-LM loss: position t predicts token t+1; labels of
 * -100 are ignored. Returns the sum and the count so that callers can average over many records.
 */
public final class TokenLoss {

    /** Positions whose (n, V) logits are computed at once (bounds memory for long records). */
    private static final int CHUNK = 256;

    /** The label value that excludes a position (Hugging Face's ignore_index). */
    public static final long IGNORE = -100;

    /** Sum of negative log-likelihoods and number of predicted tokens. */
    public record Sum(double nll, long tokens) {

        public Sum plus(Sum o) {
            return new Sum(nll + o.nll, tokens + o.tokens);
        }

        public double mean() {
            return tokens == 0 ? Double.NaN : nll / tokens;
        }
    }

    private TokenLoss() {
    }

    /** Loss over every next token of {@code ids}. */
    public static Sum of(Qwen2Model model, long[] ids) {
        return of(model, ids, ids);
    }

    /**
     * @param ids the input tokens
     * @param labels same length; {@code labels[t]} is the target for the prediction made at t-1, -100 to skip
     */
    public static Sum of(Qwen2Model model, long[] ids, long[] labels) {
        if (ids.length != labels.length) {
            throw new IllegalArgumentException("ids and labels differ in length");
        }
        if (ids.length < 2) {
            return new Sum(0, 0);
        }
        int t = ids.length;
        long[] targets = new long[t - 1];
        int count = 0;
        for (int i = 0; i < t - 1; i++) {
            targets[i] = labels[i + 1] == IGNORE ? 0 : labels[i + 1];
            count += labels[i + 1] == IGNORE ? 0 : 1;
        }
        double nll = 0;
        try (NDManager m = model.manager().newSubManager()) {
            NDArray hidden = model.hidden(m.create(ids, new Shape(1, t)), null); // (1, T, D)
            for (int from = 0; from < t - 1; from += CHUNK) {
                int to = Math.min(t - 1, from + CHUNK);
                try (NDManager c = m.newSubManager()) {
                    NDArray part = hidden.get("0, {}:{}, :", from, to); // (1, T, D) -> (n, D)
                    part.attach(c);
                    NDArray logp = model.logits(part).logSoftmax(-1); // (n, V)
                    long[] chunkTargets = java.util.Arrays.copyOfRange(targets, from, to);
                    NDArray picked = logp.gather(c.create(chunkTargets, new Shape(to - from, 1)), 1); // -> (n, 1)
                    float[] values = picked.toType(DataType.FLOAT32, false).toFloatArray();
                    for (int i = from; i < to; i++) {
                        if (labels[i + 1] != IGNORE) {
                            nll -= values[i - from];
                        }
                    }
                }
            }
            return new Sum(nll, count);
        }
    }
}

package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.List;

/**
 * One micro-batch on the device: right-padded ids, the attention mask (1 = token, 0 = padding) and the labels
 * ({@value #IGNORE} on the prompt and the padding), all (B, T) int64.
 *
 * @param predictingPositions flat positions (row × T + t) whose hidden state predicts a label at t+1
 * @param targets the labels those positions predict, in the same order
 * @param tokens real (non-padding) tokens
 * @param labelTokens predicted tokens that carry a loss
 */
public record Batch(NDArray ids, NDArray mask, NDArray labels, long[] predictingPositions, long[] targets,
        int samples, long tokens, long labelTokens) {

    /** Label of a position without loss (Hugging Face's ignore index). */
    public static final long IGNORE = -100;

    /** Pads and stacks {@code examples} into arrays of {@code manager}. */
    public static Batch of(List<TokenizedExample> examples, long padId, NDManager manager) {
        int b = examples.size();
        int t = examples.stream().mapToInt(e -> e.ids().length).max().orElse(0);
        long[] ids = new long[b * t];
        long[] mask = new long[b * t];
        long[] labels = new long[b * t];
        long tokens = 0;
        long labelTokens = examples.stream().mapToLong(TokenizedExample::labelTokens).sum();
        long[] positions = new long[Math.toIntExact(labelTokens)];
        long[] targets = new long[positions.length];
        int n = 0;
        for (int row = 0; row < b; row++) {
            TokenizedExample e = examples.get(row);
            for (int i = 0; i < t; i++) {
                boolean real = i < e.ids().length;
                ids[row * t + i] = real ? e.ids()[i] : padId;
                mask[row * t + i] = real ? 1 : 0;
                labels[row * t + i] = real && i >= e.promptLength() ? e.ids()[i] : IGNORE;
            }
            for (int i = Math.max(1, e.promptLength()); i < e.ids().length; i++) {
                positions[n] = (long) row * t + i - 1;
                targets[n++] = e.ids()[i];
            }
            tokens += e.ids().length;
        }
        Shape shape = new Shape(b, t);
        return new Batch(manager.create(ids, shape), manager.create(mask, shape), manager.create(labels, shape),
                positions, targets, b, tokens, labelTokens);
    }
}

package io.medreason.engine.generate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/**
 * {@link Sampler}'s rules computed where the logits are (CPU or GPU), so that only the chosen token id comes back to
 * the host: the repetition penalty over a device mask of the tokens seen, then the arg-max when greedy; otherwise the
 * tokens within 40·temperature of the best, the top-k, softmax and top-p in FP64, and a draw with the same seeded
 * {@link Random} (one {@code nextDouble} per sampled token, as the host sampler). Tokens of equal logit are ordered by
 * id, as the host sampler orders them: the draw picks a position in the sorted values, and the token is the n-th
 * smallest id holding that value, n being the position's rank among its equals.
 *
 * <p>Legend: V vocab, k candidates (top-k, or V).
 */
final class DeviceSampler implements AutoCloseable {

    private final GenerationConfig config;
    private final Random random;
    private final NDManager manager;
    private final int vocab;
    private final NDArray seen;
    private final NDArray yes;
    private final NDArray penalty;
    private final NDArray temperature;
    private final NDArray negativeInfinity;

    /** A sampler for one sequence over a vocabulary of {@code vocab} on the device of {@code parent}. */
    DeviceSampler(GenerationConfig config, NDManager parent, int vocab) {
        this.config = config;
        this.random = new Random(config.seed());
        this.manager = parent.newSubManager();
        this.vocab = vocab;
        this.seen = manager.zeros(new Shape(vocab), DataType.BOOLEAN);
        this.yes = manager.create(true);
        this.penalty = manager.create(config.repetitionPenalty()); // FP64, as the host computes
        this.temperature = manager.create(config.temperature());
        this.negativeInfinity = manager.create(Float.NEGATIVE_INFINITY);
        NDScope.unregister(seen, yes, penalty, temperature, negativeInfinity);
    }

    /** Marks tokens as seen (the prompt, then each token fed back), for the repetition penalty. */
    void see(long[] tokens) {
        if (config.repetitionPenalty() == 1 || tokens.length == 0) {
            return;
        }
        try (NDManager step = manager.newSubManager()) {
            seen.set(new NDIndex("{}", step.create(tokens)), yes);
        }
    }

    /**
     * The next token.
     *
     * @param logits (1, V) or (V) FP32 logits of the last position, on the device; not modified
     */
    int next(NDArray logits) {
        try (NDScope scope = new NDScope()) {
            NDArray l = penalised(logits.reshape(vocab)); // (1, V) -> (V)
            NDArray choice = config.isGreedy() ? l.argMax() : draw(l, random.nextDouble());
            return (int) choice.toType(DataType.INT64, false).toLongArray()[0];
        }
    }

    /** Seen tokens' logits divided by the penalty (multiplied when negative), computed in FP64 as the host does. */
    private NDArray penalised(NDArray l) {
        if (config.repetitionPenalty() == 1) {
            return l;
        }
        NDArray l64 = l.toType(DataType.FLOAT64, false);
        NDArray scaled = NDArrays.where(l.lt(0f), l64.mul(penalty), l64.div(penalty)).toType(DataType.FLOAT32, false);
        return NDArrays.where(seen, scaled, l);
    }

    /** The sampled token (an INT64 scalar on the device) for the uniform draw {@code u} in [0, 1). */
    private NDArray draw(NDArray l, double u) {
        NDArray floor = l.max().toType(DataType.FLOAT64, false).sub(temperature.mul(40))
                .toType(DataType.FLOAT32, false); // as the host: (float) (max - 40·T)
        NDArray candidates = NDArrays.where(l.gte(floor), l, negativeInfinity); // (V), the rest -inf
        NDArray sorted = sortedDescending(candidates); // (k)
        int k = Math.toIntExact(sorted.getShape().get(0));
        NDArray s64 = sorted.toType(DataType.FLOAT64, false);
        NDArray p = s64.div(temperature).sub(s64.get(0).div(temperature)).exp(); // exp(-inf) = 0
        NDArray probs = p.div(p.sum());
        NDArray real = sorted.gte(floor).sum(); // how many of the k are candidates
        NDArray keep = config.topP() >= 1 ? real
                : NDArrays.minimum(probs.cumSum(0).lt(config.topP()).sum().add(1), real);
        NDArray kept = manager.arange(0, k, 1, DataType.INT64).lt(keep); // (k)
        NDArray pk = probs.mul(kept);
        NDArray total = pk.sum();
        NDArray position = NDArrays.minimum(pk.cumSum(0).lt(total.mul(u)).logicalAnd(kept).sum(), keep.sub(1));
        NDArray value = sorted.gather(position.reshape(1), 0); // (1)
        NDArray rank = position.sub(sorted.gt(value).sum()); // equal values before the chosen position
        NDArray equal = candidates.eq(value); // (V)
        NDArray count = equal.toType(DataType.INT64, false).cumSum(0); // (V)
        return count.eq(rank.add(1)).toType(DataType.INT32, false).argMax();
    }

    /** The top-k values in descending order (all V when top-k is off); ties in any order. */
    private NDArray sortedDescending(NDArray candidates) {
        int k = config.topK() > 0 ? Math.min(config.topK(), vocab) : vocab;
        if (k < vocab) {
            return candidates.topK(k, 0, true, true).get(0);
        }
        return candidates.neg().sort(0).neg();
    }

    @Override
    public void close() {
        manager.close();
    }
}

package io.medreason.engine.generate;

import java.util.Arrays;
import java.util.Random;

/**
 * Picks the next token from last-position logits in the order transformers applies its processors: repetition
 * penalty, then temperature, top-k, top-p (nucleus, keeping at least one token), then a seeded draw — or the
 * arg-max when greedy.
 */
public final class Sampler {

    private final GenerationConfig config;
    private final Random random;

    public Sampler(GenerationConfig config) {
        this.config = config;
        this.random = new Random(config.seed());
    }

    /**
     * @param logits the (V) logits of the last position; modified in place
     * @param seen tokens of the prompt and the answer so far (for the repetition penalty)
     */
    public int next(float[] logits, long[] seen) {
        penalise(logits, seen);
        if (config.isGreedy()) {
            return argMax(logits);
        }
        int[] order = candidates(logits);
        double[] probs = softmax(logits, order);
        int keep = nucleus(probs);
        double total = 0;
        for (int i = 0; i < keep; i++) {
            total += probs[i];
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < keep; i++) {
            u -= probs[i];
            if (u <= 0) {
                return order[i];
            }
        }
        return order[keep - 1];
    }

    private void penalise(float[] logits, long[] seen) {
        double p = config.repetitionPenalty();
        if (p == 1) {
            return;
        }
        boolean[] done = new boolean[logits.length];
        for (long id : seen) {
            int i = (int) id;
            if (i >= 0 && i < logits.length && !done[i]) {
                done[i] = true;
                logits[i] = (float) (logits[i] < 0 ? logits[i] * p : logits[i] / p);
            }
        }
    }

    static int argMax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Token ids sorted by logit, descending, cut to top-k. Tokens more than 40·temperature below the best are left
     * out before sorting: their probability relative to the best is under e^-40. Sorting packs (logit, id) into
     * longs so that it stays a primitive sort over the whole vocabulary.
     */
    private int[] candidates(float[] logits) {
        float floor = (float) (logits[argMax(logits)] - 40 * config.temperature());
        long[] keys = new long[logits.length];
        int n = 0;
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] >= floor) {
                keys[n++] = ((long) descendingKey(logits[i]) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, n);
        int k = config.topK() > 0 ? Math.min(config.topK(), n) : n;
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /** An int whose signed order is the reverse of the float order (larger logits sort first). */
    private static int descendingKey(float v) {
        int bits = Float.floatToIntBits(v);
        int ascending = bits >= 0 ? bits : bits ^ Integer.MAX_VALUE;
        return ~ascending;
    }

    private double[] softmax(float[] logits, int[] order) {
        double t = config.temperature();
        double max = logits[order[0]] / t;
        double[] p = new double[order.length];
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            p[i] = Math.exp(logits[order[i]] / t - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** How many of the sorted probabilities make up top-p (HF: drop tokens once the mass before them exceeds p). */
    private int nucleus(double[] sortedProbs) {
        if (config.topP() >= 1) {
            return sortedProbs.length;
        }
        double mass = 0;
        for (int i = 0; i < sortedProbs.length; i++) {
            mass += sortedProbs[i];
            if (mass >= config.topP()) {
                return i + 1;
            }
        }
        return sortedProbs.length;
    }
}

package io.medreason.engine.train;

/**
 * The record order of one epoch: a Fisher-Yates shuffle driven by SplitMix64, seeded with {@code seed + epoch}, so
 * every epoch has its own order and a resumed run can recompute it from the seed alone. The PyTorch reference
 * ({@code dev/reference/train_reference.py}) implements the same permutation.
 */
public final class EpochOrder {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private EpochOrder() {
    }

    /** The indexes 0..n-1 in the order of {@code epoch}; in file order when {@code shuffle} is false. */
    public static int[] of(int n, long seed, long epoch, boolean shuffle) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (!shuffle) {
            return order;
        }
        long state = seed + epoch;
        for (int i = n - 1; i > 0; i--) {
            state += GOLDEN;
            int j = (int) Long.remainderUnsigned(mix(state), i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package io.medreason.engine.cpu;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Attention of one new position over the cached ones, one query head at a time, as eager attention computes it:
 * scores {@code q·kₛ·Dh^-½} over the filled positions, softmax, and the weighted sum of the values. Keys and values
 * are read from the key/value cache's memory: one kv head's positions are (C, Dh) rows, C the cache's capacity.
 */
public final class CachedAttention {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private CachedAttention() {
    }

    /**
     * One head: {@code out[outFrom, outFrom + headDim)} = softmax(q Kᵀ · scale) V over positions {@code [0, length)}.
     *
     * @param q the query head at {@code q[qFrom, qFrom + headDim)}
     * @param keys the cache's keys; this kv head's (C, Dh) rows start at byte {@code headOffset}
     * @param values the cache's values, laid out as the keys
     * @param scores scratch of at least {@code length} floats
     */
    public static void head(float[] q, int qFrom, MemorySegment keys, MemorySegment values, long headOffset,
            int length, int headDim, float scale, float[] scores, float[] out, int outFrom) {
        MatVec.rows(keys, headOffset, headDim, q, qFrom, scores, 0, length); // (S, Dh) · (Dh) -> (S)
        Elementwise.scale(scores, length, scale);
        Elementwise.softmax(scores, length);
        weightedValues(values, headOffset, length, headDim, scores, out, outFrom);
    }

    /** {@code out = Σₛ p[s]·vₛ}, a vector of the head dimension at a time. */
    private static void weightedValues(MemorySegment values, long headOffset, int length, int headDim, float[] p,
            float[] out, int outFrom) {
        long row = (long) headDim * Float.BYTES;
        int d = 0;
        for (int bound = headDim - SPECIES.length(); d <= bound; d += SPECIES.length()) {
            FloatVector acc = FloatVector.zero(SPECIES);
            long column = headOffset + (long) d * Float.BYTES;
            for (int s = 0; s < length; s++) {
                acc = FloatVector.fromMemorySegment(SPECIES, values, column + s * row, ORDER)
                        .fma(FloatVector.broadcast(SPECIES, p[s]), acc);
            }
            acc.intoArray(out, outFrom + d);
        }
        for (; d < headDim; d++) {
            float acc = 0;
            for (int s = 0; s < length; s++) {
                acc += values.get(ValueLayout.JAVA_FLOAT, headOffset + s * row + (long) d * Float.BYTES) * p[s];
            }
            out[outFrom + d] = acc;
        }
    }
}

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

    /**
     * {@code out = Σₛ p[s]·vₛ}: four vectors of the head dimension at a time (four independent sums, so that each
     * waits less on the one before), then one at a time, then the floats past the last whole vector.
     */
    private static void weightedValues(MemorySegment values, long headOffset, int length, int headDim, float[] p,
            float[] out, int outFrom) {
        long row = (long) headDim * Float.BYTES;
        int lanes = SPECIES.length();
        int d = 0;
        for (; d + 4 * lanes <= headDim; d += 4 * lanes) {
            FloatVector a0 = FloatVector.zero(SPECIES);
            FloatVector a1 = a0;
            FloatVector a2 = a0;
            FloatVector a3 = a0;
            long column = headOffset + (long) d * Float.BYTES;
            for (int s = 0; s < length; s++) {
                FloatVector weight = FloatVector.broadcast(SPECIES, p[s]);
                long at = column + s * row;
                a0 = load(values, at).fma(weight, a0);
                a1 = load(values, at + lanes * 4L).fma(weight, a1);
                a2 = load(values, at + lanes * 8L).fma(weight, a2);
                a3 = load(values, at + lanes * 12L).fma(weight, a3);
            }
            a0.intoArray(out, outFrom + d);
            a1.intoArray(out, outFrom + d + lanes);
            a2.intoArray(out, outFrom + d + 2 * lanes);
            a3.intoArray(out, outFrom + d + 3 * lanes);
        }
        for (; d + lanes <= headDim; d += lanes) {
            FloatVector acc = FloatVector.zero(SPECIES);
            long column = headOffset + (long) d * Float.BYTES;
            for (int s = 0; s < length; s++) {
                acc = load(values, column + s * row).fma(FloatVector.broadcast(SPECIES, p[s]), acc);
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

    private static FloatVector load(MemorySegment m, long offset) {
        return FloatVector.fromMemorySegment(SPECIES, m, offset, ORDER);
    }
}

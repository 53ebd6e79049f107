package io.medreason.engine.cpu;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The element-wise steps of a decode step, a vector at a time, in the order of PyTorch's operators:
 * {@code silu(gate)·up} as {@code gate·sigmoid(gate)·up} with {@code sigmoid = 1 / (1 + exp(-gate))}, and softmax as
 * {@code exp(s - max) / Σ exp(s - max)}. The Vector API's {@code EXP} is within 1 ulp of {@link Math#exp}.
 */
public final class Elementwise {

    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private Elementwise() {
    }

    /** {@code out[j] = silu(gate[j])·up[j]} for j in {@code [from, to)}. */
    public static void siluTimes(float[] gate, float[] up, float[] out, int from, int to) {
        int j = from;
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        for (int bound = to - LANES; j <= bound; j += LANES) {
            FloatVector g = FloatVector.fromArray(SPECIES, gate, j);
            FloatVector sigmoid = one.div(one.add(g.neg().lanewise(VectorOperators.EXP)));
            g.mul(sigmoid).mul(FloatVector.fromArray(SPECIES, up, j)).intoArray(out, j);
        }
        for (; j < to; j++) {
            float g = gate[j];
            out[j] = g * (1 / (1 + (float) Math.exp(-g))) * up[j];
        }
    }

    /** Softmax of {@code s[0, n)} in place. */
    public static void softmax(float[] s, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, s[i]);
        }
        FloatVector shift = FloatVector.broadcast(SPECIES, max);
        float sum = 0;
        int i = 0;
        for (int bound = n - LANES; i <= bound; i += LANES) {
            FloatVector e = FloatVector.fromArray(SPECIES, s, i).sub(shift).lanewise(VectorOperators.EXP);
            e.intoArray(s, i);
            sum += e.reduceLanes(VectorOperators.ADD);
        }
        for (; i < n; i++) {
            s[i] = (float) Math.exp(s[i] - max);
            sum += s[i];
        }
        FloatVector total = FloatVector.broadcast(SPECIES, sum);
        i = 0;
        for (int bound = n - LANES; i <= bound; i += LANES) {
            FloatVector.fromArray(SPECIES, s, i).div(total).intoArray(s, i);
        }
        for (; i < n; i++) {
            s[i] /= sum;
        }
    }

    /** {@code x[i] *= factor} for i in {@code [0, n)}. */
    public static void scale(float[] x, int n, float factor) {
        for (int i = 0; i < n; i++) {
            x[i] *= factor;
        }
    }
}

package io.medreason.engine.cpu;

import java.lang.foreign.MemorySegment;

/**
 * Linear layers that read the same input (q, k and v; gate and up; or one alone), computed in one hand-over to the
 * {@link Workers}: their rows, taken together, are split evenly over the parts, so that three small projections cost
 * one synchronisation instead of three and every thread streams the same number of bytes.
 */
public final class LinearGroup {

    private final int in;
    private final MemorySegment[] weights;
    private final float[][] biases;
    private final int[] rows;
    private final int total;

    /**
     * @param in the input width (every weight's column count)
     * @param weights each (rows[i], in) FP32
     * @param biases each (rows[i]) or null
     * @param rows each weight's row count
     */
    public LinearGroup(int in, MemorySegment[] weights, float[][] biases, int[] rows) {
        this.in = in;
        this.weights = weights.clone();
        this.biases = biases.clone();
        this.rows = rows.clone();
        int sum = 0;
        for (int i = 0; i < rows.length; i++) {
            long expected = (long) rows[i] * in * Float.BYTES;
            if (weights[i].byteSize() != expected) {
                throw new IllegalArgumentException("weight " + i + " has " + weights[i].byteSize() + " bytes, not "
                        + rows[i] + " × " + in + " floats");
            }
            sum += rows[i];
        }
        this.total = sum;
    }

    /** One weight without a bias. */
    public static LinearGroup of(MemorySegment weight, int rows, int in) {
        return new LinearGroup(in, new MemorySegment[] {weight}, new float[][] {null}, new int[] {rows});
    }

    /** {@code outs[i] = W_i · x (+ b_i)} for every member. */
    public void apply(Workers team, float[] x, float[]... outs) {
        team.run((part, parts) -> applyPart(x, outs, MatVec.split(total, part, parts),
                MatVec.split(total, part + 1, parts)));
    }

    /**
     * For a group of two members of equal size, gate and up: {@code act = silu(gate·x)·(up·x)}, each part computing
     * the same rows of both and their product (so the element-wise step is split over the threads too).
     */
    public void applyGated(Workers team, float[] x, float[] gate, float[] up, float[] act) {
        if (weights.length != 2 || rows[0] != rows[1]) {
            throw new IllegalStateException("a gated product needs two members of equal size");
        }
        team.run((part, parts) -> {
            int from = MatVec.split(rows[0], part, parts);
            int to = MatVec.split(rows[0], part + 1, parts);
            MatVec.rows(weights[0], in, x, biases[0], gate, from, to);
            MatVec.rows(weights[1], in, x, biases[1], up, from, to);
            Elementwise.siluTimes(gate, up, act, from, to);
        });
    }

    /** Rows {@code [from, to)} of the members stacked one after the other. */
    private void applyPart(float[] x, float[][] outs, int from, int to) {
        int base = 0;
        for (int i = 0; i < weights.length; i++) {
            int lo = Math.max(from, base);
            int hi = Math.min(to, base + rows[i]);
            if (lo < hi) {
                MatVec.rows(weights[i], in, x, biases[i], outs[i], lo - base, hi - base);
            }
            base += rows[i];
        }
    }
}

package io.medreason.engine.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The kernels against the same sums in double precision, at sizes that leave rows over the groups of four and
 * columns past the last whole vector, and one head's cached attention at head sizes with and without a partial
 * vector; the team runs every part once per call and reports a part's failure.
 */
class KernelsTest {

    @Test
    void matVecEqualsDoubleSumsAtRaggedSizes() {
        Random random = new Random(5);
        try (Arena arena = Arena.ofShared(); Workers team = new Workers(3)) {
            for (int[] size : new int[][] {{1, 1}, {7, 37}, {37, 100}, {130, 896}, {6, 17}}) {
                int rows = size[0];
                int cols = size[1];
                float[] w = floats(random, rows * cols);
                float[] x = floats(random, cols);
                float[] bias = floats(random, rows);
                MemorySegment seg = arena.allocate((long) w.length * Float.BYTES, 64);
                MemorySegment.copy(w, 0, seg, ValueLayout.JAVA_FLOAT, 0, w.length);
                float[] y = new float[rows];
                LinearGroup group = new LinearGroup(cols, new MemorySegment[] {seg}, new float[][] {bias},
                        new int[] {rows});
                group.apply(team, x, y);
                double largest = 0;
                for (int r = 0; r < rows; r++) {
                    double expected = bias[r];
                    for (int i = 0; i < cols; i++) {
                        expected += (double) w[r * cols + i] * x[i];
                    }
                    largest = Math.max(largest, Math.abs(y[r] - expected));
                }
                System.out.printf("W (%d, %d) · x + b: largest difference from double %.3e%n", rows, cols, largest);
                assertTrue(largest <= 1e-5 * Math.sqrt(cols), "largest difference " + largest);
            }
        }
    }

    @Test
    void gatedProductAndSoftmaxFollowTheirDefinitions() {
        Random random = new Random(6);
        int n = 1000 + 3;
        float[] gate = floats(random, n);
        float[] up = floats(random, n);
        float[] act = new float[n];
        for (int j = 0; j < n; j++) {
            gate[j] *= 8; // past both ends of the sigmoid
        }
        double largest = 0;
        Elementwise.siluTimes(gate, up, act, 0, n);
        for (int j = 0; j < n; j++) {
            double expected = gate[j] / (1 + Math.exp(-gate[j])) * up[j];
            largest = Math.max(largest, Math.abs(act[j] - expected));
        }
        System.out.printf("silu(gate)·up: largest difference from double %.3e%n", largest);
        assertTrue(largest <= 1e-5, "silu: " + largest);
        float[] s = floats(random, 37);
        double[] expected = new double[s.length];
        double max = Double.NEGATIVE_INFINITY;
        for (float v : s) {
            max = Math.max(max, v * 30);
        }
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] *= 30;
            expected[i] = Math.exp(s[i] - max);
            sum += expected[i];
        }
        Elementwise.softmax(s, s.length);
        double worst = 0;
        for (int i = 0; i < s.length; i++) {
            worst = Math.max(worst, Math.abs(s[i] - expected[i] / sum));
        }
        System.out.printf("softmax: largest difference from double %.3e%n", worst);
        assertTrue(worst <= 1e-6, "softmax: " + worst);
    }

    @Test
    void cachedAttentionEqualsSoftmaxWeightedValues() {
        Random random = new Random(7);
        try (Arena arena = Arena.ofShared()) {
            for (int headDim : new int[] {20, 64, 128}) {
                int capacity = 50;
                int length = 37;
                float[] keys = floats(random, capacity * headDim);
                float[] values = floats(random, capacity * headDim);
                float[] q = floats(random, headDim);
                MemorySegment k = arena.allocate((long) keys.length * Float.BYTES, 64);
                MemorySegment v = arena.allocate((long) values.length * Float.BYTES, 64);
                MemorySegment.copy(keys, 0, k, ValueLayout.JAVA_FLOAT, 0, keys.length);
                MemorySegment.copy(values, 0, v, ValueLayout.JAVA_FLOAT, 0, values.length);
                float scale = (float) Math.pow(headDim, -0.5);
                float[] out = new float[headDim];
                CachedAttention.head(q, 0, k, v, 0, length, headDim, scale, new float[capacity], out, 0);
                double[] p = new double[length];
                double max = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < length; s++) {
                    for (int d = 0; d < headDim; d++) {
                        p[s] += (double) q[d] * keys[s * headDim + d];
                    }
                    p[s] *= scale;
                    max = Math.max(max, p[s]);
                }
                double sum = 0;
                for (int s = 0; s < length; s++) {
                    p[s] = Math.exp(p[s] - max);
                    sum += p[s];
                }
                double largest = 0;
                for (int d = 0; d < headDim; d++) {
                    double expected = 0;
                    for (int s = 0; s < length; s++) {
                        expected += p[s] / sum * values[s * headDim + d];
                    }
                    largest = Math.max(largest, Math.abs(out[d] - expected));
                }
                System.out.printf("attention of one head (Dh %d, %d of %d positions): largest difference from double"
                        + " %.3e%n", headDim, length, capacity, largest);
                assertTrue(largest <= 1e-5, "largest difference " + largest);
            }
        }
    }

    @Test
    void everyPartRunsOncePerCallAndFailuresReachTheCaller() {
        try (Workers team = new Workers(4)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            for (int call = 0; call < 1000; call++) {
                team.run((part, parts) -> {
                    assertEquals(4, parts);
                    runs.incrementAndGet(part);
                });
            }
            for (int part = 0; part < 4; part++) {
                assertEquals(1000, runs.get(part), "part " + part);
            }
            IllegalStateException boom = new IllegalStateException("part 2 failed");
            assertSame(boom, assertThrows(IllegalStateException.class, () -> team.run((part, parts) -> {
                if (part == 2) {
                    throw boom;
                }
            })));
            team.run((part, parts) -> runs.incrementAndGet(part)); // the team still works
            assertEquals(1001, runs.get(3));
        }
        Workers closed = new Workers(2);
        closed.close();
        assertThrows(IllegalStateException.class, () -> closed.run((part, parts) -> { }));
    }

    private static float[] floats(Random random, int n) {
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) random.nextGaussian();
        }
        return f;
    }
}

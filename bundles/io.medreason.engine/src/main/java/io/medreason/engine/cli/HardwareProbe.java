package io.medreason.engine.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Measures the limits a benchmark is compared with, on the same device and type: the GEMM rate (best of a few
 * square matrix products) and the memory read bandwidth (best of a few sums over an array much larger than the
 * caches).
 */
public final class HardwareProbe {

    private HardwareProbe() {
    }

    /** GFLOP/s of an n×n by n×n product. */
    public static double gemmGflops(NDManager parent, int n, DataType type, int repeats) {
        try (NDManager m = parent.newSubManager()) {
            NDArray a = m.randomNormal(0, 1, new Shape(n, n), DataType.FLOAT32).toType(type, false);
            NDArray b = m.randomNormal(0, 1, new Shape(n, n), DataType.FLOAT32).toType(type, false);
            a.matMul(b).close(); // warm up
            long best = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                NDArray c = a.matMul(b);
                c.getFloat(0, 0); // forces completion on asynchronous devices
                best = Math.min(best, System.nanoTime() - t0);
                c.close();
            }
            return 2.0 * n * n * n / best;
        }
    }

    /** GB/s read by summing an array of {@code bytes}. */
    public static double readBandwidthGBs(NDManager parent, long bytes, int repeats) {
        try (NDManager m = parent.newSubManager()) {
            NDArray x = m.ones(new Shape(bytes / 4), DataType.FLOAT32);
            x.sum().close();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                NDArray s = x.sum();
                s.getFloat();
                best = Math.min(best, System.nanoTime() - t0);
                s.close();
            }
            return (double) bytes / best;
        }
    }
}

package io.medreason.engine.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.lang.management.ManagementFactory;

/**
 * Measures the limits a benchmark is compared with, on the same device and type: the GEMM rate (square matrix
 * products) and the memory read bandwidth (sums over an array much larger than the caches). Each figure comes as the
 * best wall-clock rate and as a CPU-time rate (work / (process CPU seconds / threads)), which is what the machine
 * gives when other processes compete for the cores.
 */
public final class HardwareProbe {

    /** A measured rate: best wall-clock and CPU-time based, in the unit of the measurement. */
    public record Rate(double wall, double cpu) {
    }

    private HardwareProbe() {
    }

    /** Process CPU time in nanoseconds (all threads). */
    public static long cpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The 1-minute load average, or -1 when unknown. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Best wall-clock GFLOP/s of an n×n by n×n product. */
    public static double gemmGflops(NDManager parent, int n, DataType type, int repeats) {
        return gemmRate(parent, n, type, repeats, 1).wall();
    }

    /** Best wall-clock GB/s read by summing an array of {@code bytes}. */
    public static double readBandwidthGBs(NDManager parent, long bytes, int repeats) {
        return bandwidthRate(parent, bytes, repeats, 1).wall();
    }

    /** GFLOP/s of an n×n by n×n product, wall-clock and CPU-time based ({@code threads} PyTorch threads). */
    public static Rate gemmRate(NDManager parent, int n, DataType type, int repeats, int threads) {
        try (NDManager m = parent.newSubManager()) {
            NDArray a = m.randomNormal(0, 1, new Shape(n, n), DataType.FLOAT32).toType(type, false);
            NDArray b = m.randomNormal(0, 1, new Shape(n, n), DataType.FLOAT32).toType(type, false);
            a.matMul(b).close(); // warm up
            long best = Long.MAX_VALUE;
            long cpu0 = cpuNanos();
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                NDArray c = a.matMul(b);
                c.getFloat(0, 0); // forces completion on asynchronous devices
                best = Math.min(best, System.nanoTime() - t0);
                c.close();
            }
            double flops = 2.0 * n * n * n;
            return new Rate(flops / best, flops * repeats / perThread(cpuNanos() - cpu0, threads));
        }
    }

    /** GB/s read by summing an array of {@code bytes}, wall-clock and CPU-time based. */
    public static Rate bandwidthRate(NDManager parent, long bytes, int repeats, int threads) {
        try (NDManager m = parent.newSubManager()) {
            NDArray x = m.ones(new Shape(bytes / 4), DataType.FLOAT32);
            x.sum().close();
            long best = Long.MAX_VALUE;
            long cpu0 = cpuNanos();
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                NDArray s = x.sum();
                s.getFloat();
                best = Math.min(best, System.nanoTime() - t0);
                s.close();
            }
            return new Rate((double) bytes / best, (double) bytes * repeats / perThread(cpuNanos() - cpu0, threads));
        }
    }

    /** CPU nanoseconds spread over {@code threads} busy threads: the wall time an idle machine would need. */
    public static double perThread(long cpuNanos, int threads) {
        return Math.max(1, cpuNanos) / (double) Math.max(1, threads);
    }
}

package io.medreason.engine.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;
import io.medreason.engine.Engine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the limits a benchmark is compared with, on the same device and type: the GEMM rate (square matrix
 * products) and the memory read bandwidth (sums over an array much larger than the caches). Each figure comes as the
 * best wall-clock rate and as a CPU-time rate (work / (process CPU seconds / threads)), which is what the machine
 * gives when other processes compete for the cores. Also what the machine has: the CUDA GPUs PyTorch can use (DJL's
 * {@code CudaUtils}: compute capability, memory) and the NVIDIA driver's version ({@code medreason doctor}).
 */
public final class HardwareProbe {

    /** A measured rate: best wall-clock and CPU-time based, in the unit of the measurement. */
    public record Rate(double wall, double cpu) {
    }

    /**
     * One CUDA GPU.
     *
     * @param index the CUDA device index
     * @param computeCapability as DJL gives it, e.g. {@code "75"} for a T4
     * @param totalBytes its memory
     * @param usedBytes memory in use (by every process)
     */
    public record Gpu(int index, String computeCapability, long totalBytes, long usedBytes) {

        /** e.g. {@code GPU 0: compute capability 7.5, memory 14.6 GiB (0.3 GiB in use)}. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "GPU %d: compute capability %s, memory %.1f GiB (%.1f GiB in use)", index,
                    dotted(computeCapability), totalBytes / GIB, usedBytes / GIB);
        }
    }

    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final Pattern DRIVER = Pattern.compile("Kernel Module(?: for [^ ]+)?\\s+([0-9][0-9.]+)");
    private static final Pattern LIBCUDA_VERSION = Pattern.compile("libcuda\\.so\\.([0-9][0-9.]+[0-9])");

    private HardwareProbe() {
    }

    /** The CUDA GPUs PyTorch can use here: none without the NVIDIA driver or without CUDA natives. */
    public static List<Gpu> gpus() {
        int count = Engine.cudaDriver().isPresent() ? Engine.init().getGpuCount() : 0;
        List<Gpu> gpus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            MemoryUsage memory = CudaUtils.getGpuMemory(Device.gpu(i));
            gpus.add(new Gpu(i, CudaUtils.getComputeCapability(i), memory.getMax(), memory.getUsed()));
        }
        return gpus;
    }

    /** The NVIDIA driver's version, from {@code /proc/driver/nvidia/version} or {@code libcuda.so.1}'s target. */
    public static Optional<String> driverVersion(Path procVersion, Path libcuda) {
        try {
            if (Files.isReadable(procVersion)) {
                Matcher m = DRIVER.matcher(Files.readString(procVersion));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            if (libcuda != null && Files.exists(libcuda)) {
                Matcher m = LIBCUDA_VERSION.matcher(libcuda.toRealPath().getFileName().toString());
                return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code "75"} → {@code "7.5"}. */
    static String dotted(String cc) {
        if (cc == null || !cc.matches("\\d{2,3}")) {
            return String.valueOf(cc);
        }
        return cc.substring(0, cc.length() - 1) + "." + cc.substring(cc.length() - 1);
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

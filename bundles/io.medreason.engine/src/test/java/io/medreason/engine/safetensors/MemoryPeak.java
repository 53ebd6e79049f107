package io.medreason.engine.safetensors;

import io.medreason.engine.train.PeakMemory;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Peaks of this JVM's memory over a stretch of work, measured by the system: the Java heap (sum of the heap pools'
 * peak usage, reset at the start), direct buffers in use at the end, and the process's resident set (Linux
 * {@code VmHWM}, reset through {@code /proc/self/clear_refs}).
 */
final class MemoryPeak {

    private final long rssBefore;

    private MemoryPeak(long rssBefore) {
        this.rssBefore = rssBefore;
    }

    /** Resets the peaks and starts measuring. */
    static MemoryPeak start() throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        if (!PeakMemory.reset()) { // resets VmHWM to the current RSS
            throw new IOException("cannot reset the peak resident set (/proc/self/clear_refs)");
        }
        return new MemoryPeak(status(PeakMemory.currentBytes(), "VmRSS"));
    }

    /** Peak heap in use since {@link #start} (bytes). */
    long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Bytes of direct buffers in use now. */
    static long directNow() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }

    /** How far the resident set rose above its size at {@link #start} (bytes). */
    long rssRise() throws IOException {
        return status(PeakMemory.peakBytes(), "VmHWM") - rssBefore;
    }

    /** The maximum heap this JVM may use (-Xmx). */
    static long heapMax() {
        return Runtime.getRuntime().maxMemory();
    }

    String describe() throws IOException {
        return String.format(Locale.ROOT, "heap peak %.0f MiB (of -Xmx %.0f MiB), direct buffers %.0f MiB, "
                + "RSS rise %.0f MiB", mib(heapPeak()), mib(heapMax()), mib(directNow()), mib(rssRise()));
    }

    static double mib(long bytes) {
        return bytes / (double) (1 << 20);
    }

    private static long status(long bytes, String key) throws IOException {
        if (bytes < 0) {
            throw new IOException("/proc/self/status has no " + key);
        }
        return bytes;
    }
}

package io.medreason.engine.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory this process really holds, from Linux's {@code /proc/self/status}: the resident set now ({@code VmRSS})
 * and its peak ({@code VmHWM}), which {@link #reset} sets back to the current size (writing 5 to
 * {@code /proc/self/clear_refs}) so that each stretch of work (a benchmark row, a test) measures its own peak.
 */
public final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private PeakMemory() {
    }

    /** Starts a new peak at the current resident size; false where the kernel does not allow it. */
    public static boolean reset() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Peak resident set size since the start or the last {@link #reset}, bytes; -1 where /proc is missing. */
    public static long peakBytes() {
        return bytes("VmHWM:");
    }

    /** Resident set size now, bytes; -1 where /proc is missing. */
    public static long currentBytes() {
        return bytes("VmRSS:");
    }

    /** {@link #peakBytes} in GiB; NaN where /proc is missing. */
    public static double peakGiB() {
        return gib(peakBytes());
    }

    /** {@link #currentBytes} in GiB; NaN where /proc is missing. */
    public static double currentGiB() {
        return gib(currentBytes());
    }

    private static double gib(long bytes) {
        return bytes < 0 ? Double.NaN : bytes / GIB;
    }

    private static long bytes(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024; // the file counts kB
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}

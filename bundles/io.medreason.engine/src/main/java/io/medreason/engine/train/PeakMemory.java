package io.medreason.engine.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory this process really holds, from Linux's {@code /proc/self/status}: the resident set now ({@code VmRSS})
 * and its peak ({@code VmHWM}), which {@link #reset} sets back to the current size (writing 5 to
 * {@code /proc/self/clear_refs}) so that each row of a benchmark measures its own peak. NaN where /proc is missing.
 */
final class PeakMemory {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final double GIB = 1024.0 * 1024.0; // the file counts kB

    private PeakMemory() {
    }

    /** Starts a new peak at the current resident size; false where the kernel does not allow it. */
    static boolean reset() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Peak resident set size since the start or the last {@link #reset}, GiB. */
    static double peakGiB() {
        return field("VmHWM:");
    }

    /** Resident set size now, GiB. */
    static double currentGiB() {
        return field("VmRSS:");
    }

    private static double field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / GIB;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

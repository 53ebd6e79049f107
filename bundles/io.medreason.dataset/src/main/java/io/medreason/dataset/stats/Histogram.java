package io.medreason.dataset.stats;

import java.util.Arrays;

/** Counts of lengths in equal bins [i × width, (i+1) × width), with a "nice" width (1, 2 or 5 × 10^k). */
public record Histogram(int binWidth, long[] counts) {

    /** Bins covering 0 .. max(lengths, upTo) in about {@code bins} bins; lengths below 0 (absent) are left out. */
    public static Histogram of(int[] lengths, int upTo, int bins) {
        int max = upTo;
        for (int length : lengths) {
            max = Math.max(max, length);
        }
        int width = niceWidth((max + 1) / (double) Math.max(1, bins));
        long[] counts = new long[max / width + 1];
        for (int length : lengths) {
            if (length >= 0) {
                counts[length / width]++;
            }
        }
        return new Histogram(width, counts);
    }

    static int niceWidth(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (int step : new int[] {1, 2, 5, 10}) {
            if (step * magnitude >= raw) {
                return (int) Math.max(1, step * magnitude);
            }
        }
        return (int) (10 * magnitude);
    }

    /** Lower edge of bin {@code i}. */
    public int binStart(int i) {
        return i * binWidth;
    }

    public int bins() {
        return counts.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram h && h.binWidth == binWidth && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return 31 * binWidth + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[width=" + binWidth + ", counts=" + Arrays.toString(counts) + "]";
    }
}

package io.medreason.dataset.stats;

import java.util.Arrays;

/**
 * Length statistics of one field over the records that have it: count, min, max, mean and nearest-rank percentiles.
 */
public record FieldStatistics(String field, int count, int min, int max, double mean, int p50, int p90, int p95,
        int p99, Histogram histogram) {

    /** Statistics of the non-negative {@code lengths}; the histogram reaches at least {@code upTo}. */
    public static FieldStatistics of(String field, int[] lengths, int upTo, int bins) {
        int[] present = Arrays.stream(lengths).filter(l -> l >= 0).sorted().toArray();
        Histogram histogram = Histogram.of(present, upTo, bins);
        if (present.length == 0) {
            return new FieldStatistics(field, 0, 0, 0, 0, 0, 0, 0, 0, histogram);
        }
        double mean = Arrays.stream(present).asLongStream().sum() / (double) present.length;
        return new FieldStatistics(field, present.length, present[0], present[present.length - 1], mean,
                percentile(present, 50), percentile(present, 90), percentile(present, 95), percentile(present, 99),
                histogram);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
    public static int percentile(int[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }
}

/**
 * Length statistics for the statistics page and {@code medreason stats}: measure once with
 * {@link io.medreason.dataset.stats.RecordLengths} (tokens or characters, optionally under a prompt template), then
 * {@link io.medreason.dataset.stats.DatasetStatistics} (percentiles, histograms, over-limit count).
 */
package io.medreason.dataset.stats;

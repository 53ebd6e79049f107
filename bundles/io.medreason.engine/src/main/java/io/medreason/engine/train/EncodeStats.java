package io.medreason.engine.train;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the data pipeline did with the records, reported when a run starts.
 *
 * @param records records read
 * @param kept records that train
 * @param skippedNoLabels records whose assistant part was cut away entirely by the maximum length (their labels
 *     would all be -100: no loss, no gradient)
 * @param truncated kept records shortened to the maximum length ({@code --truncation cut})
 * @param dropped records left out because they are longer than the maximum length ({@code --truncation drop})
 * @param firstDropped the record numbers (1-based, in the file's order) of the first dropped records, at most
 *     {@value #FIRST_DROPPED}
 * @param tokens tokens of the kept records
 * @param labelTokens tokens that carry a loss
 */
public record EncodeStats(int records, int kept, int skippedNoLabels, int truncated, int dropped,
        List<Integer> firstDropped, long tokens, long labelTokens) {

    /** How many dropped record numbers are kept for the report. */
    public static final int FIRST_DROPPED = 10;

    public EncodeStats {
        firstDropped = List.copyOf(firstDropped);
    }

    @Override
    public String toString() {
        return String.format("%d records: %d kept (%d truncated), %d skipped because truncation left no answer tokens,"
                + " %d dropped as longer than --max-length%s; %d tokens, %d with a loss", records, kept, truncated,
                skippedNoLabels, dropped, firstDropped.isEmpty() ? "" : " (records " + firstDropped.stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")) + (dropped > firstDropped.size()
                                ? ", …" : "") + ")", tokens, labelTokens);
    }
}

package io.medreason.engine.train;

/**
 * What the data pipeline did with the records, reported when a run starts.
 *
 * @param records records read
 * @param kept records that train
 * @param skippedNoLabels records whose assistant part was cut away entirely by the maximum length (their labels
 *     would all be -100: no loss, no gradient)
 * @param truncated kept records shortened to the maximum length
 * @param tokens tokens of the kept records
 * @param labelTokens tokens that carry a loss
 */
public record EncodeStats(int records, int kept, int skippedNoLabels, int truncated, long tokens, long labelTokens) {

    @Override
    public String toString() {
        return String.format("%d records: %d kept (%d truncated), %d skipped because truncation left no answer tokens;"
                + " %d tokens, %d with a loss", records, kept, truncated, skippedNoLabels, tokens, labelTokens);
    }
}

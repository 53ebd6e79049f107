package io.medreason.dataset.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Length statistics of a data set for the statistics page and {@code medreason stats}: per field and for the whole
 * record, and how many records are over the maximum length (in the unit of the {@link RecordLengths}).
 */
public record DatasetStatistics(String unit, String wholeRecord, int records, Map<String, FieldStatistics> fields,
        int maxLength, int overLimit) {

    /** Bins of the histograms by default (about 40, with a nice width). */
    public static final int DEFAULT_BINS = 40;

    public static DatasetStatistics compute(RecordLengths lengths, int maxLength) {
        return compute(lengths, maxLength, DEFAULT_BINS);
    }

    public static DatasetStatistics compute(RecordLengths lengths, int maxLength, int bins) {
        Map<String, FieldStatistics> fields = new LinkedHashMap<>();
        for (String name : lengths.names()) {
            int upTo = name.equals(RecordLengths.RECORD) ? maxLength : 0;
            fields.put(name, FieldStatistics.of(name, lengths.of(name), upTo, bins));
        }
        int over = 0;
        for (int length : lengths.record()) {
            over += length > maxLength ? 1 : 0;
        }
        return new DatasetStatistics(lengths.unit(), lengths.wholeRecord(), lengths.record().length,
                java.util.Collections.unmodifiableMap(fields), maxLength, over);
    }

    /** Share of records over the maximum length, in percent. */
    public double overLimitPercent() {
        return records == 0 ? 0 : 100.0 * overLimit / records;
    }

    /** The whole-record statistics. */
    public FieldStatistics record() {
        return fields.get(RecordLengths.RECORD);
    }
}

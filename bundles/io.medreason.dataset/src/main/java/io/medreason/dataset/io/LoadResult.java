package io.medreason.dataset.io;

import java.util.List;
import java.util.stream.Collectors;

import io.medreason.dataset.model.Dataset;

/**
 * What a lenient load read: the data set (the readable records, each with its original index), the records it could
 * not read, and notes on what it repaired or ignored (a byte order mark, a trailing comma, invalid UTF-8).
 */
public record LoadResult(Dataset dataset, List<SkippedRecord> skipped, List<String> notes) {

    public LoadResult {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    public int recordsRead() {
        return dataset.getRecords().size();
    }

    /** True when every record was read and nothing was repaired: saving would not lose anything. */
    public boolean isComplete() {
        return skipped.isEmpty() && notes.isEmpty();
    }

    /** One line for the user, e.g. "read 998 of 1000 records; not read: record 17 (line 80, column 3): ...". */
    public String summary() {
        StringBuilder text = new StringBuilder("read ").append(recordsRead()).append(" of ")
                .append(recordsRead() + skipped.size()).append(" records");
        if (!skipped.isEmpty()) {
            text.append("; not read: ").append(skipped.stream().limit(10).map(SkippedRecord::toString)
                    .collect(Collectors.joining("; ")));
            if (skipped.size() > 10) {
                text.append("; and ").append(skipped.size() - 10).append(" more");
            }
        }
        if (!notes.isEmpty()) {
            text.append("; ").append(String.join("; ", notes));
        }
        return text.toString();
    }
}

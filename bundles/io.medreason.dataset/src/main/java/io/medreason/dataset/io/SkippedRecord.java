package io.medreason.dataset.io;

/**
 * A record that a lenient load could not read: its 0-based index among the records in the file, where it starts or
 * went wrong (1-based line and column) and why.
 */
public record SkippedRecord(int index, long line, long column, String reason) {

    @Override
    public String toString() {
        return "record " + index + " (line " + line + ", column " + column + "): " + reason;
    }
}

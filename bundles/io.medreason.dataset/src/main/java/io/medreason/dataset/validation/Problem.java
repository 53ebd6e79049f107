package io.medreason.dataset.validation;

/**
 * One validation finding, for a marker or a report line.
 *
 * @param kind what is wrong
 * @param recordIndex position of the record in {@code Dataset.getRecords()} (0-based)
 * @param field the record attribute concerned ({@code question}, {@code reasoning}, {@code response}, {@code text},
 *        {@code input}), or null when it is the whole record
 * @param message one line for the user, naming the file's key where it helps
 */
public record Problem(ProblemKind kind, int recordIndex, String field, String message) {

    public Severity severity() {
        return kind.severity();
    }

    @Override
    public String toString() {
        return "record " + recordIndex + (field == null ? "" : " " + field) + ": " + message;
    }
}

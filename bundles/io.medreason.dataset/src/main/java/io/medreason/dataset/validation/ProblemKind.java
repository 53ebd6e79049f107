package io.medreason.dataset.validation;

/** The kinds of problem the {@link Validator} finds, with their severity and a label for grouping. */
public enum ProblemKind {
    MISSING_FIELD(Severity.ERROR, "missing field"),
    EMPTY_FIELD(Severity.WARNING, "empty field"),
    NOT_A_STRING(Severity.ERROR, "value is not a string"),
    DUPLICATE(Severity.WARNING, "duplicate record"),
    NORMALIZED_DUPLICATE(Severity.WARNING, "duplicate question (normalised)"),
    TOO_LONG(Severity.WARNING, "over the maximum length"),
    UNBALANCED_THINK(Severity.WARNING, "unbalanced <think> tags"),
    SIMPLIFIED_CHARACTERS(Severity.WARNING, "Simplified characters in Traditional text"),
    REPLACEMENT_CHARACTER(Severity.ERROR, "replacement character U+FFFD (invalid UTF-8)");

    private final Severity severity;
    private final String label;

    ProblemKind(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    public Severity severity() {
        return severity;
    }

    public String label() {
        return label;
    }
}

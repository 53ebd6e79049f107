package io.medreason.dataset.validation;

import io.medreason.dataset.stats.RecordLengths;

/**
 * What the {@link Validator} checks beyond the always-on checks.
 *
 * @param lengths measured record lengths for the over-length check, or null to skip it
 * @param maxLength the maximum whole-record length, in the unit of {@code lengths} (2048 by default)
 * @param script which Chinese script the set is meant to be in
 */
public record ValidationOptions(RecordLengths lengths, int maxLength, ScriptExpectation script) {

    public static final int DEFAULT_MAX_LENGTH = 2048;

    /** No length check, Traditional expected when most records are Traditional. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(null, DEFAULT_MAX_LENGTH, ScriptExpectation.AUTO);
    }

    public ValidationOptions withLengths(RecordLengths measured, int max) {
        return new ValidationOptions(measured, max, script);
    }

    public ValidationOptions withScript(ScriptExpectation expectation) {
        return new ValidationOptions(lengths, maxLength, expectation);
    }
}

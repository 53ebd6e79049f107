package io.medreason.dataset.validation;

/** Which Chinese script the data set is meant to be in, for the Simplified-characters check. */
public enum ScriptExpectation {
    /** Report every Simplified-only character. */
    TRADITIONAL,
    /** Report them when most records with Chinese text have none (a Traditional set with residues). */
    AUTO,
    /** Do not check. */
    ANY
}

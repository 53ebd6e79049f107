package io.medreason.dataset.validation;

/** How bad a {@link Problem} is (maps to marker severities in the workbench). */
public enum Severity {
    ERROR, WARNING, INFO
}

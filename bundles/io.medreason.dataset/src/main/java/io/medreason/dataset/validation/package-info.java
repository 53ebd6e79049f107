/**
 * Checks of a data set that the workbench shows as markers: {@link io.medreason.dataset.validation.Validator}
 * lists {@link io.medreason.dataset.validation.Problem}s (kind, record index, field, message).
 */
package io.medreason.dataset.validation;

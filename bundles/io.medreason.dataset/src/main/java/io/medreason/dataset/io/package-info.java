/**
 * Reading and writing data set files without losing anything. Entry point: {@link io.medreason.dataset.io.DatasetIO}
 * ({@code load}, {@code loadLenient}, {@code save}); bad input is a
 * {@link io.medreason.dataset.io.DatasetFormatException} with file, line, column and record.
 */
package io.medreason.dataset.io;

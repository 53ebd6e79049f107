/** Generated medical-o1-style data for benchmarks and large-file tests. */
package io.medreason.dataset.bench;

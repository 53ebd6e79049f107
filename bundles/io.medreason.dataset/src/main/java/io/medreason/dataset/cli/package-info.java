/** The {@code stats} and {@code bench dataset} subcommands of the {@code medreason} command line. */
package io.medreason.dataset.cli;

package io.medreason.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of the {@code medreason} command line ({@code eval}, {@code ask}, {@code convert}…).
 * Bad input is reported by throwing {@link UsageException} (exit status 2, one line, no stack trace).
 */
public interface Subcommand {

    /** The name typed after {@code medreason}, e.g. {@code "convert"}. */
    String name();

    /** One line for {@code medreason --help}. */
    String summary();

    /** The usage text printed by {@code medreason NAME --help}. */
    String usage();

    /**
     * Runs the subcommand.
     *
     * @return the process exit status (0 on success)
     * @throws UsageException for bad flags or unreadable / invalid input (exit status 2)
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

package io.medreason.engine.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One kind of {@code medreason bench KIND} (listed by {@link BenchCommand}):
 * {@code infer} lives here, {@code train} in the training package.
 */
public interface Benchmark {

    /** The word after {@code bench}, e.g. {@code infer}. */
    String kind();

    /** One line for the usage text. */
    String summary();

    /** Runs with the arguments after the kind; returns the exit status. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}

package io.medreason.launching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An export the workbench runs as engine subcommands in child JVMs, one after the other. */
public interface ExportPlan {

    /** The name of the background job. */
    String title();

    /** The folder the export writes into (or the job folder itself). */
    Path folder();

    /** What is wrong with the choice, in one line, or null when it can run. */
    String problem();

    /** The subcommands to run, in order; called on the job's thread (it may write a small input file). */
    List<EngineStep> steps() throws IOException;

    /** What to do with the result (commands to run it), or null. */
    default String nextStep() {
        return null;
    }

    /** Called after the steps, whether they succeeded or not. */
    default void finish() {
    }

    /** Every file and folder the steps write. */
    default List<Path> outputs() throws IOException {
        return steps().stream().flatMap(s -> s.outputs().stream()).toList();
    }
}

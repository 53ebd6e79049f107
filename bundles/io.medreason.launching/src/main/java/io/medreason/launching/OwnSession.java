package io.medreason.launching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a training child in a session of its own ({@code setsid}, where the system has it): a hang-up or Ctrl-C
 * sent to the terminal or process group of the workbench does not reach the child, so closing the workbench leaves
 * the run going. {@code setsid} does not fork here (the child is not a process-group leader), so the process the
 * workbench holds is the child JVM itself.
 */
final class OwnSession {

    private static final List<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid");

    private OwnSession() {
    }

    /** {@code command} prefixed with {@code setsid}, or as it is where there is none. */
    static List<String> wrap(List<String> command) {
        for (String setsid : SETSID) {
            if (Files.isExecutable(Path.of(setsid))) {
                List<String> wrapped = new ArrayList<>();
                wrapped.add(setsid);
                wrapped.addAll(command);
                return wrapped;
            }
        }
        return command;
    }
}

package io.medreason.launching;

import java.nio.file.Path;
import java.util.List;

/**
 * One engine subcommand that an export runs to its end in a child JVM ({@link EngineTask}).
 *
 * @param title what the progress dialog says while it runs
 * @param subcommand the {@code medreason} subcommand, e.g. {@code merge}
 * @param args its arguments
 * @param outputs the files and folders it writes (listed to the user when it succeeded)
 */
public record EngineStep(String title, String subcommand, List<String> args, List<Path> outputs) {

    public EngineStep {
        args = List.copyOf(args);
        outputs = List.copyOf(outputs);
    }

    /** The command line as a user would type it ({@code medreason merge --model …}), for messages. */
    public String commandLine() {
        return "medreason " + subcommand + " " + String.join(" ", args);
    }
}

package io.medreason.engine.fuzz;

import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;

/** One in-process run of {@code medreason} through {@link Main}, with every registered subcommand. */
public record CommandRun(int code, String out, String err) {

    public static CommandRun main(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(ServiceLoader.load(Subcommand.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The last non-blank line of stderr (where Main writes the one-line error). */
    public String lastErrorLine() {
        List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}

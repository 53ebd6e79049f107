package io.medreason.core.gpu;

import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;

/** Runs the command line in process, through {@link Main} and the registered subcommands, as ./medreason does. */
record CommandLine(int status, String out, String err) {

    static CommandLine run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(ServiceLoader.load(Subcommand.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
        CommandLine result = new CommandLine(status, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        System.out.println("medreason " + String.join(" ", args) + " -> " + status + "\n" + result.out + result.err);
        return result;
    }
}

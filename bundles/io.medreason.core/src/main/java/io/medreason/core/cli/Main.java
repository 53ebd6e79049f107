package io.medreason.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The {@code medreason} command line in a plain JVM: finds every {@link Subcommand} with {@link ServiceLoader},
 * prints help and versions, runs one subcommand and turns bad input into a one-line message with exit status 2.
 * Two-word commands ({@code bench infer}) are routed to the subcommand named with a dash ({@code bench-infer}).
 */
public final class Main {

    private static final String DEBUG = "--debug";

    private final Map<String, Subcommand> commands;
    private final PrintStream out;
    private final PrintStream err;

    public Main(Iterable<Subcommand> subcommands, PrintStream out, PrintStream err) {
        this.commands = new TreeMap<>();
        subcommands.forEach(c -> commands.put(c.name(), c));
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        ServiceLoader<Subcommand> found = ServiceLoader.load(Subcommand.class, Main.class.getClassLoader());
        int status = new Main(found, System.out, System.err).run(List.of(args));
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command line; returns the exit status. */
    public int run(List<String> rawArgs) {
        List<String> args = new ArrayList<>(rawArgs);
        boolean debug = args.remove(DEBUG);
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            printHelp(out);
            return 0;
        }
        if (args.get(0).equals("--version")) {
            out.println(Versions.describe());
            return 0;
        }
        Subcommand command = resolve(args);
        if (command == null) {
            err.println("medreason: unknown subcommand '" + args.get(0) + "'");
            printHelp(err);
            return 2;
        }
        return execute(command, args.subList(1, args.size()), debug);
    }

    private Subcommand resolve(List<String> args) {
        if (args.size() > 1 && commands.containsKey(args.get(0) + "-" + args.get(1))) {
            args.set(1, args.get(0) + "-" + args.get(1));
            args.remove(0);
        }
        return commands.get(args.get(0));
    }

    private int execute(Subcommand command, List<String> args, boolean debug) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(command.usage());
            return 0;
        }
        try {
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("medreason " + displayName(command) + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return 2;
        } catch (RunFailure e) {
            err.println("medreason " + displayName(command) + ": " + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (Exception | OutOfMemoryError e) {
            err.println("medreason " + displayName(command) + ": failed: " + describe(e));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            return 1;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    private static String displayName(Subcommand command) {
        return command.name().replace('-', ' ');
    }

    private void printHelp(PrintStream stream) {
        stream.println("Usage: medreason [--debug] SUBCOMMAND [FLAGS]   (medreason SUBCOMMAND --help for its flags)");
        stream.println();
        stream.println("Subcommands:");
        stream.printf("  %-16s %s%n", "gui", "open the MedReason Studio workbench (the default)");
        commands.values().forEach(c -> stream.printf("  %-16s %s%n", displayName(c), c.summary()));
        stream.println();
        stream.printf("  %-16s %s%n", "--version", "print the versions of the product, Java, Eclipse and DJL/PyTorch");
        stream.printf("  %-16s %s%n", "--help", "print this help");
    }
}

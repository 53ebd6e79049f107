package io.medreason.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new Main(List.of(new Echo(), new BenchInfer()), out, err).run(List.of(args));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEverySubcommandAndGui() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("echo") && out().contains("bench infer") && out().contains("gui"), out());
    }

    @Test
    void unknownSubcommandIsOneLineAndHelpWithStatus2() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("medreason: unknown subcommand 'frobnicate'"), err());
        assertTrue(err().contains("Subcommands:"), err());
    }

    @Test
    void versionNamesJavaEclipseAndDjl() {
        assertEquals(0, run("--version"));
        assertTrue(out().contains("Java " + Runtime.version()), out());
        assertTrue(out().contains("DJL 0.33.0 / PyTorch 2.5.1"), out());
    }

    @Test
    void usageErrorIsOneLineWithoutStackTrace() {
        assertEquals(2, run("echo", "--bogus"));
        assertEquals("medreason echo: unknown flag --bogus", err().strip());
    }

    @Test
    void debugShowsTheStackTrace() {
        assertEquals(2, run("--debug", "echo", "--bogus"));
        assertTrue(err().contains("at io.medreason.core.cli.Flags.parse"), err());
    }

    @Test
    void twoWordCommandsRouteToDashedNames() {
        assertEquals(0, run("bench", "infer", "--size", "7"));
        assertEquals("bench 7", out().strip());
    }

    @Test
    void flagsParseValuesSwitchesAndNumbers() {
        Flags flags = Flags.parse(List.of("--lr=2e-4", "--steps", "200", "--resume", "q"), Set.of("lr", "steps"),
                Set.of("resume"));
        assertEquals(2e-4, flags.decimal("lr", 0), 1e-12);
        assertEquals(200, flags.integer("steps", 0));
        assertTrue(flags.has("resume"));
        assertEquals(List.of("q"), flags.positional());
    }

    @Test
    void badNumberNamesTheFlag() {
        Flags flags = Flags.parse(List.of("--steps", "many"), Set.of("steps"), Set.of());
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> flags.integer("steps", 1));
        assertEquals("flag --steps wants a whole number, got 'many'", e.getMessage());
    }

    private static final class Echo implements Subcommand {
        @Override public String name() { return "echo"; }
        @Override public String summary() { return "prints its words"; }
        @Override public String usage() { return "medreason echo WORDS"; }
        @Override public int run(List<String> args, PrintStream out, PrintStream err) {
            out.println(String.join(" ", Flags.parse(args, Set.of(), Set.of()).positional()));
            return 0;
        }
    }

    private static final class BenchInfer implements Subcommand {
        @Override public String name() { return "bench-infer"; }
        @Override public String summary() { return "benchmarks"; }
        @Override public String usage() { return "medreason bench infer"; }
        @Override public int run(List<String> args, PrintStream out, PrintStream err) {
            out.println("bench " + Flags.parse(args, Set.of("size"), Set.of()).integer("size", 0));
            return 0;
        }
    }
}

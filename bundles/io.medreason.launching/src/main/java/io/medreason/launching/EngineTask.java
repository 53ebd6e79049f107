package io.medreason.launching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * An engine subcommand run to its end in a child JVM, as training and asking run (the workbench never loads DJL, and a
 * merge of a 7B model must not take the workbench's heap or take it down): stdout and stderr go line by line to a
 * listener, a cancel request kills the child, and the result is its exit status and last lines.
 */
public final class EngineTask {

    /** How a task ended; {@code lastLines} are the last lines of its output (the engine's message on failure). */
    public record Result(int exit, boolean cancelled, String lastLines) {

        public boolean ok() {
            return exit == 0 && !cancelled;
        }
    }

    private static final long POLL_MS = 200;

    private final List<String> command;

    EngineTask(List<String> command) {
        this.command = List.copyOf(command);
    }

    /** {@code medreason <subcommand> <args>} in an engine JVM with a heap of {@code heap} (e.g. {@code 2g}). */
    public static EngineTask of(String heap, EngineStep step) throws IOException {
        return new EngineTask(EngineCommand.build(heap, step.subcommand(), step.args()));
    }

    /** Runs the child until it ends or {@code cancelled} holds (checked five times a second). */
    public Result run(Consumer<String> lines, BooleanSupplier cancelled) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(EngineCommand.environment());
        builder.redirectErrorStream(true);
        Process p = builder.start();
        LastLines last = new LastLines(12);
        Thread reader = new Thread(() -> read(p, line -> {
            last.add(line + "\n");
            lines.accept(line);
        }), "engine task output");
        reader.setDaemon(true);
        reader.start();
        boolean stopped = false;
        while (!p.waitFor(POLL_MS, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                p.destroyForcibly();
                p.waitFor();
                stopped = true;
            }
        }
        reader.join(5000);
        return new Result(p.exitValue(), stopped, last.text());
    }

    private static void read(Process p, Consumer<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.accept(line);
            }
        } catch (IOException e) {
            if (p.isAlive()) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

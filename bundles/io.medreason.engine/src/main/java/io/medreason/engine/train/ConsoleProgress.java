package io.medreason.engine.train;

import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress on the console: on a terminal a bar redrawn in place ({@code [#####-----] 12/200 loss 1.93 ETA 4m10s}),
 * otherwise (a pipe, the workbench console) one plain line per step.
 */
public final class ConsoleProgress implements TrainingListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long totalSteps;
    private long lastNanos = -1;
    private double secondsPerStep = Double.NaN;

    public ConsoleProgress(PrintStream out, boolean terminal, long totalSteps) {
        this.out = out;
        this.terminal = terminal;
        this.totalSteps = totalSteps;
    }

    /** True when this JVM's standard output is an interactive terminal. */
    public static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22+ returns a console for pipes too; isTerminal() tells them apart (not in the Java 21 API)
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void onStep(StepMetrics m) {
        long now = System.nanoTime();
        if (lastNanos >= 0) {
            double d = (now - lastNanos) / 1e9;
            secondsPerStep = Double.isNaN(secondsPerStep) ? d : 0.8 * secondsPerStep + 0.2 * d;
        }
        lastNanos = now;
        String eta = duration(secondsPerStep * (totalSteps - m.step()));
        String eval = Double.isNaN(m.evalLoss()) ? "" : String.format(Locale.ROOT, " eval %.4f", m.evalLoss());
        if (terminal) {
            int done = (int) (WIDTH * m.step() / Math.max(1, totalSteps));
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d loss %.4f lr %.2e%s ETA %s   ", "#".repeat(done),
                    "-".repeat(WIDTH - done), m.step(), totalSteps, m.loss(), m.lr(), eval, eta);
            out.flush();
        } else {
            out.printf(Locale.ROOT, "step %d/%d loss %.4f lr %.3e grad_norm %.3f %.0f tok/s%s%s ETA %s%n", m.step(),
                    totalSteps, m.loss(), m.lr(), m.gradNorm(), m.tokensPerSecond(), eval,
                    m.skipped() ? " (skipped: fp16 overflow)" : "", eta);
        }
    }

    @Override
    public void onCheckpoint(long step, Path folder) {
        if (terminal) {
            out.println();
        }
        out.println("checkpoint " + folder);
    }

    @Override
    public void onEnd(RunSummary s) {
        out.printf(Locale.ROOT, "%s after %d steps: train_loss %.4f, %.1f s, %.3f samples/s%s%n",
                s.stopped() ? "stopped" : "done", s.globalStep(), s.trainLoss(), s.trainRuntime(),
                s.trainSamplesPerSecond(), s.stopped() ? " (checkpoint written; continue with --resume)" : "");
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}

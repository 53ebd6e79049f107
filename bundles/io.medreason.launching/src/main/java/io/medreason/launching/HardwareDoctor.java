package io.medreason.launching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code medreason doctor} in an engine child JVM (the workbench never loads DJL), with the environment the
 * training runs get: the facts the Hardware tab shows. The last answer is kept for the workbench session.
 */
public final class HardwareDoctor {

    private static final int TIMEOUT_S = 120;
    private static volatile String last;

    private HardwareDoctor() {
    }

    /** The last answer, or null before the first. */
    public static String last() {
        return last;
    }

    /** Runs the doctor (seconds: it starts PyTorch) and returns its lines, or one line saying why it could not. */
    public static String run() {
        String text;
        try {
            ProcessBuilder builder = new ProcessBuilder(EngineCommand.build("1g", "doctor", List.of()));
            builder.environment().putAll(EngineCommand.environment());
            builder.redirectErrorStream(true);
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                text = "medreason doctor did not answer within " + TIMEOUT_S + " s";
            } else {
                text = p.exitValue() == 0 ? output : "medreason doctor failed (exit " + p.exitValue() + "): " + output;
            }
        } catch (IOException e) {
            text = "cannot run medreason doctor: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text = "medreason doctor was interrupted";
        }
        last = text;
        return text;
    }
}

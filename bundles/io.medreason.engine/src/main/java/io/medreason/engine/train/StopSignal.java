package io.medreason.engine.train;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * A stop request from SIGTERM or a watcher's {@code stop} line: the trainer finishes its step, writes a checkpoint and
 * returns, and the command exits with status 0.
 */
public final class StopSignal implements BooleanSupplier {

    private final AtomicBoolean requested = new AtomicBoolean();
    private volatile String reason = "";

    /** Asks the run to stop after the current step. */
    public void request(String why) {
        if (requested.compareAndSet(false, true)) {
            reason = why;
        }
    }

    @Override
    public boolean getAsBoolean() {
        return requested.get();
    }

    public String reason() {
        return reason;
    }

    /**
     * Turns SIGTERM into a stop request (instead of the JVM's immediate exit). Uses {@code sun.misc.Signal}
     * (module jdk.unsupported), which a plain child JVM has; where it is missing, SIGTERM keeps its default effect.
     *
     * @return true when the handler is installed
     */
    public boolean handleSigterm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), s -> request("SIGTERM"));
            return true;
        } catch (IllegalArgumentException | LinkageError e) {
            return false;
        }
    }
}

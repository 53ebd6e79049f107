package io.medreason.engine.cpu;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed team of threads for the decode kernels: {@link #run} splits a task into one part per thread, the calling
 * thread doing part 0, and returns when every part is done. A token calls it about a hundred times, each a fraction
 * of a millisecond, so the helpers spin for 0.2 ms before they park (an idle team, between questions, costs nothing),
 * and the caller spins for them to finish: an executor's hand-over would cost more than the work. Helper threads are
 * daemons; {@link #close} ends them.
 */
public final class Workers implements AutoCloseable {

    /** Work split into {@code parts} parts. */
    @FunctionalInterface
    public interface Task {
        void run(int part, int parts);
    }

    private static final long SPIN_NANOS = 200_000;

    private final Thread[] helpers;
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile Task task;
    private volatile boolean closed;

    /** A team of {@code size} threads in all (the caller and {@code size - 1} helpers). */
    public Workers(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a team needs at least one thread, got " + size);
        }
        helpers = new Thread[size - 1];
        for (int i = 0; i < helpers.length; i++) {
            int part = i + 1;
            helpers[i] = Thread.ofPlatform().daemon().name("medreason-decode-" + part).start(() -> serve(part));
        }
    }

    /** How many parts {@link #run} splits into. */
    public int size() {
        return helpers.length + 1;
    }

    /** Runs {@code t} on every part and returns when all are done; a part's failure is thrown here. */
    public void run(Task t) {
        if (closed) {
            throw new IllegalStateException("the decode threads are closed");
        }
        task = t;
        pending.set(helpers.length);
        generation.incrementAndGet();
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
        try {
            t.run(0, size());
        } finally {
            while (pending.get() > 0) {
                Thread.onSpinWait();
            }
        }
        Throwable f = failure.getAndSet(null);
        if (f != null) {
            throw f instanceof RuntimeException r ? r : new IllegalStateException(f);
        }
    }

    private void serve(int part) {
        int seen = 0;
        while (true) {
            int next = awaitGeneration(seen);
            if (closed) {
                return;
            }
            seen = next;
            try {
                task.run(part, size());
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    /** Spins, then parks, until the generation moves past {@code seen} or the team closes. */
    private int awaitGeneration(int seen) {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        int g;
        while ((g = generation.get()) == seen && !closed) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this); // run() and close() unpark after changing what is checked here
            }
        }
        return g;
    }

    @Override
    public void close() {
        closed = true;
        for (Thread helper : helpers) {
            LockSupport.unpark(helper);
        }
    }
}

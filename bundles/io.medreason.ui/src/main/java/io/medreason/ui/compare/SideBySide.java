package io.medreason.ui.compare;

import io.medreason.launching.AskSession;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The fine-tuned model (base + adapter) and the base model, each in its own {@code ask} child JVM, answering the
 * same question at the same time: each side streams its pieces to its own listener from its own thread. The
 * children stay loaded for the next question.
 */
final class SideBySide implements AutoCloseable {

    /** One side: the adapter (null for the base model) and its loaded child. */
    private static final class Side {
        final Path adapter;
        volatile AskSession session;

        Side(Path adapter) {
            this.adapter = adapter;
        }
    }

    private final Path model;
    private final List<String> sampling;
    private final Side tuned;
    private final Side base = new Side(null);

    SideBySide(Path model, Path adapter, List<String> sampling) {
        this.model = model;
        this.sampling = List.copyOf(sampling);
        this.tuned = new Side(adapter);
    }

    /**
     * Asks both sides; {@code tunedPieces} and {@code basePieces} get each side's text as it arrives. Completes with
     * the two answers (fine-tuned first) once both are done.
     */
    CompletableFuture<List<AskSession.Answer>> ask(String question, Consumer<String> tunedPieces,
            Consumer<String> basePieces) {
        CompletableFuture<AskSession.Answer> a = answer(tuned, question, tunedPieces);
        CompletableFuture<AskSession.Answer> b = answer(base, question, basePieces);
        return a.thenCombine(b, List::of);
    }

    private CompletableFuture<AskSession.Answer> answer(Side side, String question, Consumer<String> pieces) {
        CompletableFuture<AskSession.Answer> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                if (side.session == null || !side.session.isAlive()) {
                    side.session = AskSession.start(model, side.adapter, sampling, "2g");
                }
                result.complete(side.session.ask(question, pieces));
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, "compare " + (side.adapter == null ? "base" : "fine-tuned"));
        t.setDaemon(true);
        t.start();
        return result;
    }

    /** Ends both answers in progress (the models stay loaded). */
    void stop() {
        for (Side s : new Side[] {tuned, base}) {
            AskSession session = s.session;
            if (session != null) {
                session.stopAnswer(Duration.ofSeconds(5));
            }
        }
    }

    @Override
    public void close() {
        for (Side s : new Side[] {tuned, base}) {
            AskSession session = s.session;
            if (session != null) {
                session.close();
            }
        }
    }
}

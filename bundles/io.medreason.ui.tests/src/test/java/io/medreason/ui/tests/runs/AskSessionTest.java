package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.launching.AskSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * {@link AskSession} against a real {@code ask} child with the tiny model: the child decodes with the Java vector
 * kernels (the workbench starts it with the Vector API), Stop through the protocol keeps the child and its loaded
 * model, and a child that does not end the answer is killed after the grace period.
 */
class AskSessionTest {

    private static final List<String> LONG_GREEDY = List.of("--temperature", "0", "--max-new-tokens", "1000");

    @Test
    void theWorkbenchsAskChildDecodesWithTheJavaVectorKernels() throws Exception {
        try (AskSession session = AskSession.start(Ui.tinyModel(), null, List.of("--temperature", "0"), "2g")) {
            Ui.waitFor("the child's decoding line", 30, () -> session.lastErrors().contains("decoding with"),
                    session::lastErrors);
            String err = session.lastErrors();
            assertTrue(err.contains("decoding with Java vector kernels, "), err);
            assertFalse(err.contains("WARNING"), "Java's incubator note is not shown as an error line: " + err);
        }
    }

    @Test
    void stopAnswerEndsTheAnswerAndTheSameChildAnswersTheNextQuestion() throws Exception {
        try (AskSession session = AskSession.start(Ui.tinyModel(), null, LONG_GREEDY, "2g")) {
            long pid = session.pid();
            assertFalse(session.stopAnswer(Duration.ofSeconds(1)), "no answer in progress: nothing to stop");
            AtomicBoolean streaming = new AtomicBoolean();
            CompletableFuture<AskSession.Answer> first = ask(session, piece -> streaming.set(true));
            Ui.waitFor("the first piece of the answer", 120, () -> streaming.get() || first.isDone(),
                    session::lastErrors);
            long stopped = System.nanoTime();
            assertTrue(session.stopAnswer(Duration.ofSeconds(1)), "an answer in progress");
            Ui.waitFor("the stopped answer", 30, first::isDone, session::lastErrors);
            AskSession.Answer partial = first.get();
            System.out.println("stopped answer: " + partial.text().length() + " characters");
            assertTrue(partial.stopped(), "marked stopped");
            assertFalse(partial.text().isEmpty() || partial.text().contains("<|"), partial.text());

            AskSession.Answer full = session.ask(AskConsoleTest.QUESTION, piece -> { });
            Ui.waitFor("the stop grace period to pass", 10, () -> System.nanoTime() - stopped > 1_500_000_000L,
                    () -> "");
            System.out.println("next answer: " + full.text().length() + " characters");
            assertFalse(full.stopped());
            assertTrue(full.text().startsWith(partial.text()) && full.text().length() > partial.text().length(),
                    "greedy: the stopped answer is the start of the whole one\n" + partial.text() + "\n" + full.text());
            assertTrue(session.isAlive(), "the child that obeyed Stop was not killed");
            assertEquals(pid, session.pid());
        }
    }

    @Test
    void aChildThatDoesNotEndTheAnswerIsKilledAfterTheGracePeriod() throws Exception {
        try (AskSession session = AskSession.start(Ui.tinyModel(), null, LONG_GREEDY, "2g")) {
            AtomicBoolean streaming = new AtomicBoolean();
            CompletableFuture<AskSession.Answer> answer = ask(session, piece -> streaming.set(true));
            Ui.waitFor("the first piece of the answer", 120, () -> streaming.get() || answer.isDone(),
                    session::lastErrors);
            assertEquals(0, new ProcessBuilder("kill", "-STOP", Long.toString(session.pid())).start().waitFor(),
                    "froze the child");
            long start = System.nanoTime();
            assertTrue(session.stopAnswer(Duration.ofSeconds(2)));
            Ui.waitFor("the frozen child to be killed", 30, answer::isDone, session::lastErrors);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("frozen child killed after %.2f s%n", seconds);
            assertTrue(seconds >= 2, "killed only after the grace period: " + seconds + " s");
            ExecutionException e = assertThrows(ExecutionException.class, answer::get);
            assertInstanceOf(UncheckedIOException.class, e.getCause());
            assertFalse(session.isAlive());
        }
    }

    private static CompletableFuture<AskSession.Answer> ask(AskSession session,
            Consumer<String> pieces) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return session.ask(AskConsoleTest.QUESTION, pieces);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

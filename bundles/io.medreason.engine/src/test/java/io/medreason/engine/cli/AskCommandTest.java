package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.AskProtocol;
import io.medreason.engine.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code medreason ask} line protocol with the tiny model (greedy, so answers repeat exactly), including the stop line
 * sent through a pipe while an answer streams.
 */
class AskCommandTest {

    private static String run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskCommand ask = new AskCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        List<String> all = new java.util.ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(), "--device",
                "cpu", "--temperature", "0", "--max-new-tokens", "6"));
        all.addAll(Arrays.asList(args));
        assertEquals(0, ask.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stdinProtocolAnswersEachLineAndEndsEachAnswer() throws Exception {
        String question = "醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？";
        String once = run("", question);
        String session = run(question + "\n\n" + question + "\n" + AskProtocol.EXIT + "\nnot read\n");
        String answer = once.substring(0, once.length() - 1); // the one-shot answer ends with a line break
        String expected = AskProtocol.READY + "\n" + answer + "\n" + AskProtocol.ANSWER_END + "\n" + answer + "\n"
                + AskProtocol.ANSWER_END + "\n";
        assertEquals(expected, session);
        assertTrue(!answer.isEmpty());
    }

    @Test
    void stopLineEndsTheAnswerEarlyAndTheSameModelAnswersTheNextQuestion() throws Exception {
        String question = "醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？";
        int max = 1000;
        String ready = AskProtocol.READY + "\n";
        String stopped = "\n" + AskProtocol.STOPPED + "\n" + AskProtocol.ANSWER_END + "\n";
        String ended = "\n" + AskProtocol.ANSWER_END + "\n";
        LineSession s = LineSession.start("--temperature", "0", "--max-new-tokens", String.valueOf(max));
        s.awaitOut("the ready line", o -> o.startsWith(ready));
        s.send(AskProtocol.STOP); // nothing is generated: ignored
        s.send(question);
        s.awaitOut("the first piece of the answer", o -> o.length() > ready.length());
        s.send(AskProtocol.STOP);
        s.awaitOut("the end of the stopped answer", o -> o.endsWith(ended));
        s.send(AskProtocol.STOP); // idle again: ignored
        s.send(question);
        s.awaitOut("the second answer", o -> o.indexOf(ended) != o.lastIndexOf(ended));
        s.send(AskProtocol.EXIT);
        assertEquals(0, s.exitCode());
        System.out.print(s.err());

        String out = s.out();
        assertTrue(out.startsWith(ready) && out.indexOf(stopped) > 0, out);
        String partial = out.substring(ready.length(), out.indexOf(stopped));
        String full = out.substring(out.indexOf(stopped) + stopped.length(), out.length() - ended.length());
        assertFalse(partial.isEmpty(), "the stop line before the question was ignored");
        assertFalse(full.contains(AskProtocol.STOPPED), "the stop line between the answers was ignored: " + full);
        assertTrue(full.startsWith(partial) && full.length() > partial.length(), "greedy: the stopped answer is the "
                + "start of the full one\n" + partial + "\n" + full);
        List<String[]> stops = stops(s.err());
        assertEquals(2, stops.size(), s.err());
        assertEquals("stopped", stops.get(0)[1]);
        assertTrue(Integer.parseInt(stops.get(0)[0]) < max, "ended early: " + stops.get(0)[0] + " tokens");
        assertTrue(!stops.get(1)[1].equals("stopped") && Integer.parseInt(stops.get(1)[0]) > Integer.parseInt(
                stops.get(0)[0]), "the second answer is whole: " + stops.get(1)[0] + " tokens, " + stops.get(1)[1]);
    }

    /** (new tokens, stop reason) of each timing line on stderr. */
    private static List<String[]> stops(String err) {
        List<String[]> out = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(\\d+) new tokens at [^,]*, stop: ([a-z ]+)]").matcher(err);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    /** An ask command in line mode on its own thread: stdin through a pipe, stdout and stderr collected. */
    private static final class LineSession {

        private final PipedOutputStream stdin = new PipedOutputStream();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        static LineSession start(String... flags) throws IOException {
            LineSession s = new LineSession();
            AskCommand ask = new AskCommand(new PipedInputStream(s.stdin, 1 << 16));
            List<String> args = new java.util.ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(),
                    "--device", "cpu"));
            args.addAll(Arrays.asList(flags));
            Thread t = new Thread(() -> s.run(ask, args), "ask command under test");
            t.setDaemon(true);
            t.start();
            return s;
        }

        private void run(AskCommand ask, List<String> args) {
            try {
                exit.complete(ask.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
            } catch (Throwable e) {
                exit.completeExceptionally(e);
            }
        }

        void send(String line) throws IOException {
            stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        }

        /** Waits (up to 3 minutes) until stdout so far satisfies {@code done}. */
        void awaitOut(String what, Predicate<String> done) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!done.test(out())) {
                assertFalse(exit.isDone() || System.nanoTime() > end, "no " + what + " in:\n" + out() + "\n"
                        + err());
                Thread.sleep(5);
            }
        }

        int exitCode() throws Exception {
            return exit.get(3, TimeUnit.MINUTES);
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void escapesInALineBecomeLineBreaks() {
        assertEquals("a\nb\\n", AskProtocol.unescape("a\\nb\\\\n"));
    }
}

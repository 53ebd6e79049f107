package io.medreason.engine.cli;

import io.medreason.core.run.AskProtocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The stdin side of {@code ask}'s line protocol: a daemon thread reads the lines while answers are generated, queues
 * the questions in order and turns the line {@value AskProtocol#STOP} into a request to end the current answer, which
 * the generating thread polls once a token. The current answer is the one to the first question not yet answered; a
 * stop line while every question received is answered is ignored. The line {@value AskProtocol#EXIT} or the end of
 * input ends the input: the questions before it are still answered.
 */
final class AskInbox {

    private final Deque<String> questions = new ArrayDeque<>();
    private boolean ended;
    private long received;
    private long answered;
    private long stopFor;

    /** An inbox fed through {@link #accept} and {@link #end} (by {@link #read}'s thread, or a test). */
    AskInbox() {
    }

    /** Starts reading {@code stdin} (UTF-8) on a daemon thread. */
    static AskInbox read(InputStream stdin) {
        AskInbox inbox = new AskInbox();
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> inbox.readLines(in), "ask stdin");
        reader.setDaemon(true);
        reader.start();
        return inbox;
    }

    private void readLines(BufferedReader in) {
        try {
            String line;
            while ((line = in.readLine()) != null && !line.trim().equals(AskProtocol.EXIT)) {
                accept(line);
            }
        } catch (IOException e) {
            // as the end of input
        } finally {
            end();
        }
    }

    /** One stdin line: a question, the stop line or a blank line (ignored). */
    synchronized void accept(String line) {
        if (line.trim().equals(AskProtocol.STOP)) {
            if (received > answered) {
                stopFor = answered + 1;
            }
        } else if (!line.isBlank()) {
            questions.add(line);
            received++;
            notifyAll();
        }
    }

    /** The end of input: {@link #next} returns null once the questions queued so far are taken. */
    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** The next question as read (still escaped), waiting for it; null once the input ended and all were taken. */
    synchronized String next() throws InterruptedException {
        while (questions.isEmpty() && !ended) {
            wait();
        }
        return questions.poll();
    }

    /** Whether the stop line came for the current answer. */
    synchronized boolean stopRequested() {
        return stopFor == answered + 1;
    }

    /** The current answer is complete: call before its end line is written, so that a later stop is not for it. */
    synchronized void answered() {
        answered++;
    }
}

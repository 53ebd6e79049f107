package io.medreason.launching;

import io.medreason.core.cli.VectorSupport;
import io.medreason.core.run.AskProtocol;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A question-answering child JVM: {@code Main ask --model DIR [--adapter DIR] [sampling flags]} in the engine's
 * stdin line protocol ({@link AskProtocol}): it prints {@value AskProtocol#READY} once loaded, reads one question a
 * line ({@code \n} escaped), streams the answer and ends it with the line {@value AskProtocol#ANSWER_END}. A crash
 * or an out-of-memory ends the child, never the workbench. One question at a time: {@link #ask} is for one thread;
 * {@link #stopAnswer} and {@link #stop} may come from any other, e.g. a Stop button while that thread reads.
 */
public final class AskSession implements AutoCloseable {

    private static final String END_MARK = "\n" + AskProtocol.ANSWER_END;
    private static final String STOPPED_LINE = "\n" + AskProtocol.STOPPED;
    private static final String STOPPED_MARK = STOPPED_LINE + END_MARK;

    /** An answer: its text, and whether {@link #stopAnswer} ended it early (the text is what came until then). */
    public record Answer(String text, boolean stopped) {
    }

    private final Process process;
    private final Writer stdin;
    private final Reader stdout;
    private final LastLines stderr = new LastLines(8);
    private final String label;
    private long asked;
    private long ended;

    private AskSession(Process process, String label) {
        this.process = process;
        this.label = label;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.stdout = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
        Thread drain = new Thread(this::drainErrors, "ask stderr " + label);
        drain.setDaemon(true);
        drain.start();
    }

    /**
     * Starts a child and waits until the model is loaded.
     *
     * @param adapter a PEFT adapter folder, or null for the base model
     * @param sampling further {@code ask} flags, e.g. {@code --temperature 0 --max-new-tokens 64}
     */
    public static AskSession start(Path model, Path adapter, List<String> sampling, String heap) throws IOException {
        List<String> args = new ArrayList<>(List.of("--model", model.toString()));
        if (adapter != null) {
            args.add("--adapter");
            args.add(adapter.toString());
        }
        args.addAll(sampling);
        ProcessBuilder builder = new ProcessBuilder(EngineCommand.build(heap, "ask", args));
        builder.environment().putAll(EngineCommand.environment());
        Process p = builder.start();
        AskSession session = new AskSession(p, adapter == null ? "base" : adapter.getFileName().toString());
        session.awaitReady();
        return session;
    }

    private void awaitReady() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = stdout.read()) >= 0) {
            if (c == '\n') {
                if (line.toString().strip().equals(AskProtocol.READY)) {
                    return;
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        throw new IOException("the model process (" + label + ") ended before it was ready: " + lastErrors());
    }

    /**
     * Asks one question; the answer's pieces go to {@code pieces} as they arrive (never half a character, half of the
     * end marker or the stopped marker), and the whole answer is returned, marked stopped if {@link #stopAnswer}
     * ended it.
     */
    public Answer ask(String question, Consumer<String> pieces) throws IOException {
        try {
            synchronized (this) {
                asked++;
                send(AskProtocol.escape(question));
            }
            return readAnswer(pieces);
        } finally {
            synchronized (this) {
                ended = asked;
                notifyAll();
            }
        }
    }

    private Answer readAnswer(Consumer<String> pieces) throws IOException {
        StringBuilder pending = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        char[] buf = new char[256];
        int n;
        while ((n = stdout.read(buf)) >= 0) {
            pending.append(buf, 0, n);
            int end = pending.indexOf(END_MARK);
            if (end >= 0) {
                String text = pending.substring(0, end);
                boolean stopped = text.endsWith(STOPPED_LINE);
                emit(stopped ? text.substring(0, text.length() - STOPPED_LINE.length()) : text, answer, pieces);
                if (pending.indexOf("\n", end + END_MARK.length()) < 0) {
                    skipToLineEnd();
                }
                return new Answer(answer.toString(), stopped);
            }
            int keep = heldBack(pending);
            if (pending.length() > keep) {
                emit(pending.substring(0, pending.length() - keep), answer, pieces);
                pending.delete(0, pending.length() - keep);
            }
        }
        throw new IOException("the model process (" + label + ") ended during the answer: " + lastErrors());
    }

    /**
     * Asks the child to end the answer in progress after its current token (the model stays loaded and {@link #ask}
     * returns the text so far, marked stopped); if the answer has not ended {@code grace} later, the child is killed
     * ({@link #stop}). Nothing happens when no answer is in progress.
     *
     * @return whether an answer was in progress
     */
    public boolean stopAnswer(Duration grace) {
        long answer;
        synchronized (this) {
            if (ended == asked) {
                return false;
            }
            answer = asked;
            try {
                send(AskProtocol.STOP);
            } catch (IOException e) {
                stop();
                return true;
            }
        }
        Thread timeout = new Thread(() -> killUnlessEnded(answer, grace), "ask stop timeout " + label);
        timeout.setDaemon(true);
        timeout.start();
        return true;
    }

    private synchronized void killUnlessEnded(long answer, Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try {
            while (ended < answer && process.isAlive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    stop();
                    return;
                }
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    private void skipToLineEnd() throws IOException {
        int c;
        do {
            c = stdout.read();
        } while (c >= 0 && c != '\n');
    }

    /** How many trailing characters could be the start of the end or stopped marker, or half a surrogate pair. */
    private static int heldBack(CharSequence s) {
        for (int k = Math.min(STOPPED_MARK.length() - 1, s.length()); k > 0; k--) {
            String tail = s.subSequence(s.length() - k, s.length()).toString();
            if (STOPPED_MARK.startsWith(tail) || END_MARK.startsWith(tail)) {
                return k;
            }
        }
        return s.length() > 0 && Character.isHighSurrogate(s.charAt(s.length() - 1)) ? 1 : 0;
    }

    private static void emit(String text, StringBuilder answer, Consumer<String> pieces) {
        if (!text.isEmpty()) {
            answer.append(text);
            pieces.accept(text);
        }
    }

    private void drainErrors() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.equals(VectorSupport.JVM_WARNING)) { // Java's note that ask uses the Vector API
                    stderr.add(line + "\n");
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }

    /** The child's last lines on stderr (device, timing, errors). */
    public String lastErrors() {
        return stderr.text();
    }

    /** True while the child runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** Ends the child at once (it is killed; a later question needs a new session); see {@link #stopAnswer}. */
    public void stop() {
        process.destroyForcibly();
    }

    /** Ends any answer in progress and the session; kills the child if it has not ended 5 s later. */
    @Override
    public void close() {
        try {
            synchronized (this) {
                send(AskProtocol.STOP);
                send(AskProtocol.EXIT);
            }
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}

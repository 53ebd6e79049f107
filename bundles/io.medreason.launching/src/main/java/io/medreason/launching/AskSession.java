package io.medreason.launching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A question-answering child JVM: {@code Main ask --model DIR [--adapter DIR] [sampling flags]} in the engine's
 * stdin line protocol (see the engine's {@code AskCommand}): it prints {@value #READY} once loaded, reads one question
 * a line ({@code \n} escaped), streams the answer and ends it with the line {@value #ANSWER_END}. A crash or an
 * out-of-memory ends the child, never the workbench. Not thread-safe: one question at a time.
 */
public final class AskSession implements AutoCloseable {

    /** The child's "loaded" line. */
    public static final String READY = "<|ready|>";
    /** The line ending every answer. */
    public static final String ANSWER_END = "<|answer_end|>";
    /** Prefix of an error line inside an answer. */
    public static final String ERROR = "<|error|> ";

    private static final String END_MARK = "\n" + ANSWER_END;

    private final Process process;
    private final Writer stdin;
    private final Reader stdout;
    private final LastLines stderr = new LastLines(8);
    private final String label;

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
        builder.environment().putIfAbsent("OMP_WAIT_POLICY", "PASSIVE");
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
                if (line.toString().strip().equals(READY)) {
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
     * Asks one question; the answer's pieces go to {@code pieces} as they arrive (never half a character or half of
     * the end marker), and the whole answer is returned.
     */
    public String ask(String question, Consumer<String> pieces) throws IOException {
        stdin.write(escape(question) + "\n");
        stdin.flush();
        StringBuilder pending = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        char[] buf = new char[256];
        int n;
        while ((n = stdout.read(buf)) >= 0) {
            pending.append(buf, 0, n);
            int end = pending.indexOf(END_MARK);
            if (end >= 0) {
                emit(pending.substring(0, end), answer, pieces);
                if (pending.indexOf("\n", end + END_MARK.length()) < 0) {
                    skipToLineEnd();
                }
                return answer.toString();
            }
            int keep = heldBack(pending);
            if (pending.length() > keep) {
                emit(pending.substring(0, pending.length() - keep), answer, pieces);
                pending.delete(0, pending.length() - keep);
            }
        }
        throw new IOException("the model process (" + label + ") ended during the answer: " + lastErrors());
    }

    private void skipToLineEnd() throws IOException {
        int c;
        do {
            c = stdout.read();
        } while (c >= 0 && c != '\n');
    }

    /** How many trailing characters could be the start of the end marker or half a surrogate pair. */
    private static int heldBack(CharSequence s) {
        for (int k = Math.min(END_MARK.length() - 1, s.length()); k > 0; k--) {
            if (END_MARK.startsWith(s.subSequence(s.length() - k, s.length()).toString())) {
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

    /** {@code \} → {@code \\}, line break → {@code \n}: one question, one line. */
    static String escape(String question) {
        return question.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n");
    }

    private void drainErrors() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                stderr.add(line + "\n");
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

    /** Stops at once (e.g. the Stop button during a long answer): the child is killed. */
    public void stop() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        try {
            stdin.write("/exit\n");
            stdin.flush();
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

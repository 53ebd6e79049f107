package io.medreason.ui.console;

import io.medreason.chinese.ChineseConverter;
import io.medreason.launching.AskSession;
import io.medreason.launching.SentenceBuffer;
import io.medreason.launching.ThinkSplitter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.console.IOConsole;
import org.eclipse.ui.console.IOConsoleOutputStream;

import io.medreason.ui.MedReasonUi;

/**
 * <em>Ask the Model</em>: a console bound to a base model folder and optionally an adapter. Each line typed is a
 * question for the model, which runs in a child JVM ({@link AskSession}); the answer streams in piece by piece,
 * the {@code <think>} reasoning dimmed and the final answer plain. Stop ends the answer in progress through the
 * child's protocol: the text so far stays, marked stopped, and the same child (model still loaded) answers the next
 * question; a child that does not end the answer within {@value #STOP_GRACE_SECONDS} s is killed (the next question
 * starts a new one). <em>Compare with base model</em> asks the base model the same question after the adapter.
 */
public final class AskConsole extends IOConsole {

    /** The console type (for the page participant). */
    public static final String TYPE = "io.medreason.ui.console.ask";
    /** How long Stop waits for the child to end the answer before killing it. */
    public static final int STOP_GRACE_SECONDS = 5;
    /** The line shown after an answer that Stop ended. */
    public static final String STOPPED_NOTE = "■ stopped 已停止";

    private final Path model;
    private final Path adapter;
    private volatile List<String> sampling;
    private final ExecutorService worker;
    private final IOConsoleOutputStream plain;
    private final IOConsoleOutputStream dim;
    private final IOConsoleOutputStream info;
    private volatile AskSession tuned;
    private volatile AskSession base;
    private volatile boolean compare;
    private volatile ChineseConverter converter;

    public AskConsole(Path model, Path adapter, List<String> sampling) {
        super("Ask the Model 問模型 — " + (adapter == null ? model.getFileName() : model.getFileName() + " + "
                + adapter.getFileName()), TYPE, null, StandardCharsets.UTF_8.name(), true);
        this.model = model;
        this.adapter = adapter;
        this.sampling = List.copyOf(sampling);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ask the model");
            t.setDaemon(true);
            return t;
        });
        plain = newOutputStream();
        dim = newOutputStream();
        info = newOutputStream();
        Display display = Display.getDefault();
        display.syncExec(() -> {
            dim.setColor(display.getSystemColor(SWT.COLOR_DARK_GRAY));
            dim.setFontStyle(SWT.ITALIC);
            info.setColor(new Color(0, 0x66, 0x99));
            info.setFontStyle(SWT.BOLD);
        });
        print(info, "Type a question and press Enter. 輸入問題後按 Enter。\n");
        Thread reader = new Thread(this::readQuestions, "ask the model input");
        reader.setDaemon(true);
        reader.start();
    }

    private void readQuestions() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    String question = line.strip();
                    CompletableFuture.supplyAsync(() -> answerBoth(question), worker);
                }
            }
        } catch (IOException e) {
            // the console was closed
        }
    }

    /** Asks {@code question} (after any question in progress); completes with the adapter's (or model's) answer. */
    public CompletableFuture<String> ask(String question) {
        print(info, "問 " + question + "\n");
        return CompletableFuture.supplyAsync(() -> answerBoth(question), worker);
    }

    private String answerBoth(String question) {
        try {
            if (tuned == null || !tuned.isAlive()) {
                print(info, "loading " + (adapter == null ? model : adapter) + " …\n");
                tuned = AskSession.start(model, adapter, sampling, "2g");
            }
            print(info, adapter == null ? "▶ " + model.getFileName() + ":\n" : "▶ with adapter 微調後:\n");
            AskSession.Answer answer = stream(tuned, question);
            if (compare && adapter != null && !answer.stopped()) {
                if (base == null || !base.isAlive()) {
                    base = AskSession.start(model, null, sampling, "2g");
                }
                print(info, "▶ base model 原始模型:\n");
                stream(base, question);
            }
            return answer.text();
        } catch (IOException e) {
            print(info, "stopped: " + e.getMessage() + "\n");
            throw new java.io.UncheckedIOException(e);
        }
    }

    private AskSession.Answer stream(AskSession session, String question) throws IOException {
        ThinkSplitter splitter = new ThinkSplitter();
        ChineseConverter c = converter;
        SentenceBuffer sentences = new SentenceBuffer();
        AskSession.Answer answer = session.ask(question, piece -> write(splitter.feed(c == null ? piece
                : c.convert(sentences.feed(piece)))));
        if (c != null) {
            write(splitter.feed(c.convert(sentences.flush())));
        }
        write(splitter.flush());
        print(plain, "\n");
        if (answer.stopped()) {
            print(info, STOPPED_NOTE + "\n");
        }
        print(plain, "\n");
        return answer;
    }

    /** Converts the answers with s2twp (Taiwan Traditional with Taiwan phrases) as they stream in, or not. */
    public void setConvertToTaiwan(boolean on) {
        converter = on ? ChineseConverter.of("s2twp") : null;
    }

    /** New sampling flags for {@code ask} (e.g. {@code --temperature 0.3}); the model processes restart. */
    public void setSampling(List<String> flags) {
        sampling = List.copyOf(flags);
        worker.execute(this::closeSessions);
    }

    public List<String> sampling() {
        return sampling;
    }

    private void closeSessions() {
        for (AskSession s : new AskSession[] {tuned, base}) {
            if (s != null) {
                s.close();
            }
        }
        tuned = null;
        base = null;
    }

    private void write(List<ThinkSplitter.Segment> segments) {
        for (ThinkSplitter.Segment s : segments) {
            print(s.thinking() ? dim : plain, s.text());
        }
    }

    private static void print(IOConsoleOutputStream out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            MedReasonUi.logError("Ask the Model console: cannot write", e);
        }
    }

    /**
     * Stops the answer in progress: the child ends it after the current token and stays loaded (with Compare, the
     * base model is then not asked); a child that has not ended it {@value #STOP_GRACE_SECONDS} s later is killed.
     */
    public void stop() {
        for (AskSession s : new AskSession[] {tuned, base}) {
            if (s != null) {
                s.stopAnswer(Duration.ofSeconds(STOP_GRACE_SECONDS));
            }
        }
    }

    /** Whether each answer is followed by the base model's answer to the same question. */
    public void setCompare(boolean on) {
        compare = on;
    }

    public boolean isCompare() {
        return compare;
    }

    public Path model() {
        return model;
    }

    public Path adapter() {
        return adapter;
    }

    @Override
    protected void dispose() {
        worker.shutdownNow();
        for (AskSession s : new AskSession[] {tuned, base}) {
            if (s != null) {
                s.close();
            }
        }
        super.dispose();
    }
}

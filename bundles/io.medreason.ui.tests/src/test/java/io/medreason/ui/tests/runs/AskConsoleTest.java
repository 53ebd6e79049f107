package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.chinese.ChineseConverter;
import io.medreason.launching.ThinkSplitter;
import io.medreason.ui.console.AskConsole;
import io.medreason.ui.console.AskConsoles;
import io.medreason.ui.tests.Screenshots;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.junit.jupiter.api.Test;

/**
 * The Ask the Model console answering with the tiny model in a child JVM, its Stop button (the child stays), and the
 * think/answer split.
 */
class AskConsoleTest {

    static final String QUESTION = "醫生，我最近早上起床都會頭暈，而且手指尖有點麻麻的，這是中風的前兆嗎？";

    @Test
    void aQuestionIsAnsweredByTheTinyModelInTheConsole() throws Exception {
        AskConsole console = AskConsoles.open(Ui.tinyModel(), null, List.of("--temperature", "0",
                "--max-new-tokens", "24"));
        try {
            CompletableFuture<String> answer = console.ask(QUESTION);
            Ui.waitFor("the answer", 180, answer::isDone, () -> console.getDocument().get());
            String text = answer.get();
            assertFalse(text.isBlank(), "an answer");
            Ui.waitFor("the answer in the console", 10, () -> console.getDocument().get().contains(text.strip()),
                    () -> console.getDocument().get());
            // greedy decoding: the same question gets the same answer from the same process
            CompletableFuture<String> again = console.ask(QUESTION);
            Ui.waitFor("the second answer", 120, again::isDone, () -> console.getDocument().get());
            assertTrue(again.get().equals(text), "greedy answers differ:\n" + text + "\n" + again.get());

            // s2twp on the output: the console shows the converted answer (the tiny model writes Simplified)
            String converted = ChineseConverter.of("s2twp").convert(text).strip();
            assertFalse(converted.equals(text.strip()), "the tiny model's answer has Simplified characters: " + text);
            console.setConvertToTaiwan(true);
            CompletableFuture<String> third = console.ask(QUESTION);
            Ui.waitFor("the converted answer", 120, third::isDone, () -> console.getDocument().get());
            Ui.waitFor("the converted answer in the console", 10,
                    () -> console.getDocument().get().contains(converted), () -> console.getDocument().get());
            var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.setSize(1400, 900);
            Screenshots.save(shell, "ask-console");
        } finally {
            ConsolePlugin.getDefault().getConsoleManager().removeConsoles(new IConsole[] {console});
        }
    }

    @Test
    void stopEndsTheAnswerAndTheSameChildAnswersTheNextQuestion() throws Exception {
        Set<Long> before = askChildren();
        AskConsole console = AskConsoles.open(Ui.tinyModel(), null, List.of("--temperature", "0",
                "--max-new-tokens", "1000"));
        try {
            String header = "▶ " + Ui.tinyModel().getFileName() + ":\n";
            CompletableFuture<String> first = console.ask(QUESTION);
            Ui.waitFor("the first piece of the answer", 180, () -> after(console, header).length() > 0
                    || first.isDone(), () -> console.getDocument().get());
            Set<Long> children = askChildren();
            children.removeAll(before);
            assertEquals(1, children.size(), "one ask child: " + children);
            long pid = children.iterator().next();

            stopButton(console).notifyListeners(SWT.Selection, new Event());
            Ui.waitFor("the stopped answer", 30, first::isDone, () -> console.getDocument().get());
            String partial = first.get();
            Ui.waitFor("the stopped note", 10, () -> console.getDocument().get().contains(AskConsole.STOPPED_NOTE),
                    () -> console.getDocument().get());
            var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.setSize(1400, 900);
            Screenshots.save(shell, "ask-console-stop");
            CompletableFuture<String> second = console.ask(QUESTION);
            Ui.waitFor("the second answer", 120, second::isDone, () -> console.getDocument().get());
            String full = second.get();
            String text = console.getDocument().get();
            System.out.println("stopped after " + partial.length() + " characters, next answer " + full.length());

            assertFalse(partial.isEmpty(), text);
            assertTrue(full.startsWith(partial) && full.length() > partial.length(), "greedy: the stopped answer is "
                    + "the start of the whole one\n" + partial + "\n" + full);
            assertEquals(1, text.split("loading ", -1).length - 1, "the model was loaded once:\n" + text);
            assertEquals(1, text.split(AskConsole.STOPPED_NOTE, -1).length - 1, text);
            assertTrue(text.indexOf(AskConsole.STOPPED_NOTE) > text.indexOf(header), text);
            assertTrue(askChildren().contains(pid), "the same child " + pid + " answered: " + askChildren());
        } finally {
            ConsolePlugin.getDefault().getConsoleManager().removeConsoles(new IConsole[] {console});
        }
    }

    /** The console text after the last {@code header}, or "". */
    private static String after(AskConsole console, String header) {
        String text = console.getDocument().get();
        int at = text.lastIndexOf(header);
        return at < 0 ? "" : text.substring(at + header.length()).strip();
    }

    /** The Console view's Stop button once it shows {@code console} (a real tool bar item). */
    private static ToolItem stopButton(AskConsole console) {
        IConsoleView view = (IConsoleView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(IConsoleConstants.ID_CONSOLE_VIEW);
        Ui.waitFor("the console in the Console view", 30, () -> view.getConsole() == console,
                () -> String.valueOf(view.getConsole()));
        ToolItem[] found = new ToolItem[1];
        Ui.waitFor("the Stop button", 30, () -> (found[0] = toolItem(PlatformUI.getWorkbench()
                .getActiveWorkbenchWindow().getShell(), "Stop")) != null, () -> "no Stop tool item");
        return found[0];
    }

    private static ToolItem toolItem(Control control, String text) {
        if (control instanceof ToolBar bar) {
            for (ToolItem item : bar.getItems()) {
                if (!item.isDisposed() && text.equals(item.getText()) && item.getToolTipText() != null
                        && item.getToolTipText().contains("停止回答")) {
                    return item;
                }
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                ToolItem item = toolItem(child, text);
                if (item != null) {
                    return item;
                }
            }
        }
        return null;
    }

    /** Process ids of this workbench's {@code ask} child JVMs. */
    private static Set<Long> askChildren() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("ask")).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void thinkingIsSplitFromTheAnswerEvenWhenTagsArriveInPieces() {
        ThinkSplitter s = new ThinkSplitter();
        List<ThinkSplitter.Segment> out = new ArrayList<>();
        for (String piece : List.of("<thi", "nk>\n頭暈與麻木", "…</th", "ink>\n\n可能是", "中風前兆。")) {
            out.addAll(s.feed(piece));
        }
        out.addAll(s.flush());
        StringBuilder thinking = new StringBuilder();
        StringBuilder answer = new StringBuilder();
        out.forEach(seg -> (seg.thinking() ? thinking : answer).append(seg.text()));
        assertTrue(thinking.toString().equals("<think>\n頭暈與麻木…</think>"), thinking.toString());
        assertTrue(answer.toString().equals("\n\n可能是中風前兆。"), answer.toString());
    }
}

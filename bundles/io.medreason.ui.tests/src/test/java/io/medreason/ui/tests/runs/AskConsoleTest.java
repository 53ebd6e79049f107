package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.chinese.ChineseConverter;
import io.medreason.launching.ThinkSplitter;
import io.medreason.ui.console.AskConsole;
import io.medreason.ui.console.AskConsoles;
import io.medreason.ui.tests.Screenshots;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.junit.jupiter.api.Test;

/** The Ask the Model console answering with the tiny model in a child JVM, and the think/answer split. */
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

package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.engine.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code medreason ask} line protocol with the tiny model (greedy, so answers repeat exactly). */
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
        String session = run(question + "\n\n" + question + "\n" + AskCommand.EXIT + "\nnot read\n");
        String answer = once.substring(0, once.length() - 1); // the one-shot answer ends with a line break
        String expected = AskCommand.READY + "\n" + answer + "\n" + AskCommand.ANSWER_END + "\n" + answer + "\n"
                + AskCommand.ANSWER_END + "\n";
        assertEquals(expected, session);
        assertTrue(!answer.isEmpty());
    }

    @Test
    void escapesInALineBecomeLineBreaks() {
        assertEquals("a\nb\\n", AskCommand.unescape("a\\nb\\\\n"));
    }
}

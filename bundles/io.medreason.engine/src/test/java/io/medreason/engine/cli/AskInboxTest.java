package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.AskProtocol;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which answer a stop line ends, the order of questions, and the end of input. */
class AskInboxTest {

    @Test
    void aStopLineEndsTheFirstUnansweredQuestionAndIsIgnoredWhenAllAreAnswered() throws Exception {
        AskInbox inbox = new AskInbox();
        inbox.accept(AskProtocol.STOP); // idle: ignored
        inbox.accept("q1");
        inbox.accept(" ");
        inbox.accept("q2");
        assertEquals("q1", inbox.next());
        assertFalse(inbox.stopRequested(), "the stop line before q1 is not for q1");
        inbox.accept(" " + AskProtocol.STOP + " ");
        assertTrue(inbox.stopRequested(), "the stop line during q1 is for q1");
        inbox.answered();
        assertEquals("q2", inbox.next());
        assertFalse(inbox.stopRequested(), "q2 is answered in full");
        inbox.answered();
        inbox.accept(AskProtocol.STOP); // idle again: ignored
        inbox.accept("q3");
        assertEquals("q3", inbox.next());
        assertFalse(inbox.stopRequested(), "the stop line while idle is not for the next question");
        inbox.answered();
        inbox.end();
        assertNull(inbox.next());
    }

    @Test
    void readsUntilExitOnItsOwnThread() throws Exception {
        String stdin = "q1\n" + AskProtocol.STOP + "\nq2\n" + AskProtocol.EXIT + "\nnot read\n";
        AskInbox inbox = AskInbox.read(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        assertEquals("q1", inbox.next());
        inbox.answered();
        assertEquals("q2", inbox.next());
        assertFalse(inbox.stopRequested(), "the stop line came before q2");
        inbox.answered();
        assertNull(inbox.next());
    }
}

package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The training child's own session: a real child, its session read from {@code /proc}. */
class OwnSessionTest {

    /** Field 6 of {@code /proc/PID/stat}: the session id (after the command name in parentheses). */
    private static long session(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    @Test
    void theChildRunsInASessionOfItsOwnAsTheProcessTheWorkbenchHolds() throws Exception {
        List<String> command = OwnSession.wrap(List.of("sleep", "30"));
        assertTrue(command.get(0).endsWith("/setsid"), "this Linux has setsid: " + command);
        Process child = new ProcessBuilder(command).start();
        try {
            Thread.sleep(300);
            assertEquals("sleep", Files.readString(Path.of("/proc/" + child.pid() + "/comm")).strip(),
                    "setsid did not fork: the held process is the child itself");
            assertEquals(child.pid(), session(child.pid()), "the child leads a new session");
            assertNotEquals(session(ProcessHandle.current().pid()), session(child.pid()));
        } finally {
            child.destroyForcibly().waitFor();
        }
    }
}

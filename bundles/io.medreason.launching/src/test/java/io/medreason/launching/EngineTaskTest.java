package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A child run to its end: its lines (stdout and stderr), its exit status, and cancel killing it. */
class EngineTaskTest {

    @Test
    void linesAndExitStatusOfTheChildComeBack() throws Exception {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        EngineTask.Result r = new EngineTask(List.of("sh", "-c", "echo 合併完成; echo 'bad --dtype' >&2; exit 2"))
                .run(lines::add, () -> false);
        assertEquals(2, r.exit());
        assertFalse(r.ok());
        assertFalse(r.cancelled());
        assertEquals(List.of("合併完成", "bad --dtype"), lines);
        assertEquals("合併完成\nbad --dtype", r.lastLines());
    }

    @Test
    void cancellingKillsTheChildPromptly() throws Exception {
        long start = System.nanoTime();
        long[] asked = {0};
        EngineTask.Result r = new EngineTask(List.of("sh", "-c", "echo started; exec sleep 60"))
                .run(line -> { }, () -> ++asked[0] > 3);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.cancelled());
        assertFalse(r.ok());
        assertTrue(seconds < 10, "killed after " + seconds + " s");
        assertEquals("started", r.lastLines());
    }
}

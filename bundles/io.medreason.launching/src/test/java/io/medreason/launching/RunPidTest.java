package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run.pid}: how a later workbench tells that a run's child is still training, on real processes. */
class RunPidTest {

    @TempDir
    Path run;

    @Test
    void aLiveChildIsFoundByItsIdAndStartTime() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            RunPid.write(run, child.toHandle());
            List<String> lines = Files.readAllLines(run.resolve(TrainingLaunch.PID_FILE), StandardCharsets.UTF_8);
            assertEquals(Long.toString(child.pid()), lines.get(0));
            assertFalse(lines.get(1).isBlank(), "the start time is kept");
            assertEquals(child.pid(), RunPid.alive(run).orElseThrow().pid());
        } finally {
            child.destroyForcibly().waitFor();
        }
        assertTrue(RunPid.alive(run).isEmpty(), "a child that ended is not followed");
    }

    @Test
    void aReusedIdWithAnotherStartTimeIsNotTheRunsChild() throws Exception {
        long self = ProcessHandle.current().pid();
        Files.writeString(run.resolve(TrainingLaunch.PID_FILE), self + "\n2001-01-01T00:00:00Z\n");
        assertTrue(RunPid.alive(run).isEmpty());
    }

    @Test
    void anIdAloneIsTrustedAndGarbageIsNot() throws Exception {
        long self = ProcessHandle.current().pid();
        Files.writeString(run.resolve(TrainingLaunch.PID_FILE), Long.toString(self));
        assertEquals(self, RunPid.alive(run).orElseThrow().pid());
        Files.writeString(run.resolve(TrainingLaunch.PID_FILE), "not a number\n");
        assertTrue(RunPid.alive(run).isEmpty());
    }
}

package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.medreason.core.run.RunProtocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run's state says while its child starts: a folder nothing has run in yet is starting, not failed; a
 * relaunched folder forgets the earlier child's summary and steps the moment the new child is attached. Real child
 * processes ({@code sleep}, {@code false}).
 */
class RunStateTest {

    @TempDir
    Path folder;

    @Test
    void aFolderNoChildHasRunInIsStartingNotFailed() throws Exception {
        RunState run = new RunState(folder, RunModel.getDefault());
        assertEquals(RunStatus.STARTING, run.status(), "empty folder (the launch has not written anything yet)");
        Files.writeString(folder.resolve(RunProtocol.TRAINING_CONFIG_FILE), "{}\n");
        assertEquals(RunStatus.STARTING, run.status(), "configuration written, child not started yet");
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            run.attach(child, false);
            assertEquals(RunStatus.RUNNING, run.status(), "the child is alive and has not reported yet");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        run.processEnded(137, "killed");
        assertEquals(RunStatus.FAILED, run.status(), run.failure());
    }

    @Test
    void aChildThatLeftAProcessIdAndDiedWithoutASummaryFailed() throws Exception {
        Process dead = new ProcessBuilder("false").start();
        dead.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(folder.resolve(TrainingLaunch.PID_FILE), dead.pid() + "\n");
        RunState run = new RunState(folder, RunModel.getDefault());
        assertEquals(RunStatus.FAILED, run.status());
        assertEquals("ended without a summary (the process is gone)", run.failure());
    }

    @Test
    void aRelaunchForgetsTheEarlierChildsSummaryAndStepsWhenTheNewChildIsAttached() throws Exception {
        RunState run = finishedRun(30);
        assertEquals(RunStatus.FINISHED, run.status());
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            run.attach(child, false);
            assertEquals(RunStatus.RUNNING, run.status(), "not the earlier child's 'finished'");
            assertEquals(0, run.stepCount(), "the earlier child's steps are not this run's");
            assertNull(run.summary());
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aResumedChildKeepsTheStepsUntilItsStartMessageSaysWhichOnes() throws Exception {
        RunState run = finishedRun(30);
        Process child = new ProcessBuilder("sleep", "30").start();
        try {
            run.attach(child, true);
            assertEquals(RunStatus.RUNNING, run.status());
            assertEquals(30, run.stepCount());
            run.accept(RunProtocol.encode(RunProtocol.message(RunProtocol.START, "total_steps", 40,
                    "start_step", 20)));
            assertEquals(20, run.stepCount(), "steps after the checkpoint are repeated by the new child");
            assertEquals(20, run.lastStep());
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private RunState finishedRun(int steps) {
        RunState run = new RunState(folder, RunModel.getDefault());
        run.accept(RunProtocol.encode(RunProtocol.message(RunProtocol.START, "total_steps", steps)));
        for (int i = 1; i <= steps; i++) {
            run.accept(RunProtocol.encode(RunProtocol.message(RunProtocol.STEP, "step", i, "loss", 2.0 - i / 100.0)));
        }
        run.accept(RunProtocol.encode(RunProtocol.message(RunProtocol.SUMMARY, "train_loss", 1.9)));
        return run;
    }
}

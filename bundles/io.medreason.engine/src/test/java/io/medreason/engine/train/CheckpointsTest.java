package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only complete checkpoints count: a folder left half-written by a kill is never picked for --resume. */
class CheckpointsTest {

    @Test
    void latestSkipsTemporaryAndIncompleteFolders(@TempDir Path out) throws Exception {
        Checkpoints checkpoints = new Checkpoints(out);
        assertTrue(checkpoints.latest().isEmpty());
        Files.createDirectories(out.resolve("checkpoint-2"));
        Files.writeString(out.resolve("checkpoint-2").resolve(TrainerState.FILE), "{}");
        Files.createDirectories(out.resolve("checkpoint-10"));
        Files.writeString(out.resolve("checkpoint-10").resolve(TrainerState.FILE), "{}");
        Files.createDirectories(out.resolve("checkpoint-12")); // no trainer_state.json: incomplete
        Files.createDirectories(out.resolve(".tmp-checkpoint-123"));
        Files.writeString(out.resolve(".tmp-checkpoint-123").resolve(TrainerState.FILE), "{}");
        assertEquals(out.resolve("checkpoint-10"), checkpoints.latest().orElseThrow());
    }

    @Test
    void stateRoundTripsAndChecksTheSeed() {
        TrainerState s = new TrainerState();
        s.globalStep = 7;
        s.optimizerSteps = 6;
        s.epoch = 2;
        s.position = 3;
        s.lossScale = 1024;
        s.lossSum = 12.5;
        String json = io.medreason.core.run.Json.write(s.toJson(42));
        TrainerState back = TrainerState.fromJson(json, 42);
        assertEquals(json, io.medreason.core.run.Json.write(back.toJson(42)));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TrainerState.fromJson(json, 43));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
    }
}

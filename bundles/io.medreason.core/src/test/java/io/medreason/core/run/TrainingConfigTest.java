package io.medreason.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {

    private static final List<String> REQUIRED = List.of("--model", "m", "--data", "d.json", "--output", "o");

    @Test
    void defaultsAreTheReferenceRecipe() {
        TrainingConfig c = TrainingConfig.fromArgs(REQUIRED);
        assertEquals(32, c.loraR());
        assertEquals(32.0, c.loraAlpha());
        assertEquals(7, c.targets().size());
        assertEquals(2e-4, c.lr());
        assertEquals("linear", c.scheduler());
        assertEquals(5, c.warmupSteps());
        assertEquals(16, c.effectiveBatch());
        assertEquals(200, c.steps());
        assertEquals(2048, c.maxLength());
        assertEquals(3407, c.seed());
        assertEquals("s2twp", c.convert());
        assertEquals("chatml-reasoning", c.template());
        assertEquals("assistant", c.trainOn());
        assertEquals("sdpa", c.attnImplementation());
    }

    @Test
    void flagsOverrideTheConfigFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "{\"lora-r\": 8, \"lr\": 0.001, \"targets\": [\"q_proj\", \"v_proj\"],"
                + " \"gradient_checkpointing\": true, \"steps\": 10}");
        List<String> args = new ArrayList<>(REQUIRED);
        args.addAll(List.of("--config", file.toString(), "--lr", "0.002"));
        TrainingConfig c = TrainingConfig.fromArgs(args);
        assertEquals(8, c.loraR());
        assertEquals(0.002, c.lr());
        assertEquals(List.of("q_proj", "v_proj"), c.targets());
        assertTrue(c.gradientCheckpointing());
        assertEquals(10, c.steps());
    }

    @Test
    void writtenJsonReadsBackTheSame(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(REQUIRED);
        args.addAll(List.of("--epochs", "2", "--scheduler", "cosine", "--no-shuffle", "--eval-fraction", "0.1",
                "--attn-implementation", "eager"));
        TrainingConfig c = TrainingConfig.fromArgs(args);
        Path file = dir.resolve("c.json");
        Files.writeString(file, Json.write(c.toJson()));
        assertEquals(c, TrainingConfig.fromArgs(List.of("--config", file.toString())));
    }

    @Test
    void badValuesAreNamed(@TempDir Path dir) throws Exception {
        List<String> args = new ArrayList<>(REQUIRED);
        args.addAll(List.of("--scheduler", "exp"));
        UsageException e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(args));
        assertTrue(e.getMessage().contains("--scheduler"), e.getMessage());
        List<String> attention = new ArrayList<>(REQUIRED);
        attention.addAll(List.of("--attn-implementation", "flash"));
        e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(attention));
        assertTrue(e.getMessage().contains("--attn-implementation") && e.getMessage().contains("flash"),
                e.getMessage());
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"lora_rank\": 8}");
        e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(List.of("--config", file.toString())));
        assertTrue(e.getMessage().contains("lora_rank") && e.getMessage().contains("bad.json"), e.getMessage());
        List<String> targets = new ArrayList<>(REQUIRED);
        targets.addAll(List.of("--targets", "q_proj,lm_head"));
        e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(targets));
        assertTrue(e.getMessage().contains("lm_head"), e.getMessage());
    }
}

package io.medreason.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {

    private static final List<String> REQUIRED = List.of("--model", "m", "--data", "d.json", "--output", "o");

    @Test
    void defaultsAreTheReferenceRecipe() {
        TrainingConfig c = TrainingConfig.fromArgs(REQUIRED);
        assertEquals(32, c.lora().r());
        assertEquals(32.0, c.lora().alpha());
        assertEquals(7, c.lora().targets().size());
        assertEquals(2e-4, c.optimization().lr());
        assertEquals("linear", c.optimization().scheduler());
        assertEquals(5, c.optimization().warmupSteps());
        assertEquals(16, c.optimization().effectiveBatch());
        assertEquals(200, c.optimization().steps());
        assertEquals(2048, c.data().maxLength());
        assertEquals(3407, c.optimization().seed());
        assertEquals("s2twp", c.data().convert());
        assertEquals("chatml-reasoning", c.data().template());
        assertEquals("assistant", c.data().trainOn());
        assertEquals("sdpa", c.model().attnImplementation());
    }

    @Test
    void flagsOverrideTheConfigFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.json");
        Files.writeString(file, "{\"lora-r\": 8, \"lr\": 0.001, \"targets\": [\"q_proj\", \"v_proj\"],"
                + " \"gradient_checkpointing\": true, \"steps\": 10}");
        List<String> args = new ArrayList<>(REQUIRED);
        args.addAll(List.of("--config", file.toString(), "--lr", "0.002"));
        TrainingConfig c = TrainingConfig.fromArgs(args);
        assertEquals(8, c.lora().r());
        assertEquals(0.002, c.optimization().lr());
        assertEquals(List.of("q_proj", "v_proj"), c.lora().targets());
        assertTrue(c.hardware().gradientCheckpointing());
        assertEquals(10, c.optimization().steps());
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
        assertEquals(c, TrainingConfig.fromJson(file));
        assertEquals(0, c.optimization().steps(), "--epochs without --steps: epochs decide");
    }

    @Test
    void theJsonFormIsTypedAndEverySettingRoundTrips(@TempDir Path dir) throws Exception {
        TrainingConfig.Builder b = TrainingConfig.builder();
        for (TrainingOption o : TrainingOption.values()) {
            b.set(o, changed(o));
        }
        TrainingConfig c = b.build();
        for (TrainingOption o : TrainingOption.values()) {
            assertEquals(o.parse(changed(o), o.key()), c.values().get(o), o.key() + " is carried");
            assertNotEquals(o.defaultValue(), c.values().get(o), o.key() + " differs from its default");
        }
        Map<String, Object> json = c.toJson();
        assertEquals(0.0005, json.get("lr"), "a decimal stays a JSON number");
        assertEquals(7, json.get("lora-r"));
        assertFalse(json.containsKey(RunProtocol.PORT_FLAG), "the progress port is not saved");
        Path file = dir.resolve("training_config.json");
        c.write(file);
        TrainingConfig back = TrainingConfig.fromJson(file);
        assertEquals(c.with(TrainingOption.PROGRESS_PORT, 0), back);
        assertEquals(5e-4, Json.parseObject(Files.readString(file)).get("lr"), "the file holds a number");
    }

    /** A valid value different from the default, for every setting. */
    static Object changed(TrainingOption o) {
        return switch (o) {
            case MODEL -> "models/m";
            case INIT_ADAPTER -> "runs/a";
            case DATA -> "d.jsonl";
            case EVAL_DATA -> "e.jsonl";
            case OUTPUT -> "runs/o";
            case TEMPLATE -> "alpaca-reasoning";
            case TARGETS -> "q_proj,v_proj";
            case LR -> "5e-4";
            case SEED -> "11";
            case PROGRESS_PORT -> "4444";
            default -> switch (o.kind()) {
                case CHOICE -> o.choices().get(1);
                case SWITCH -> "true";
                case DECIMAL -> "0.25";
                default -> "7";
            };
        };
    }

    @Test
    void runsWrittenBeforeTheTypedFileStillRead(@TempDir Path dir) throws Exception {
        Path old = dir.resolve("launch-config.json");
        Files.writeString(old, "{\"model\": \"m\", \"data\": \"d.json\", \"output\": \"o\", \"lr\": \"2e-4\","
                + " \"lora-r\": 8, \"targets\": [\"q_proj\"], \"resume\": false, \"no-shuffle\": true}");
        TrainingConfig c = TrainingConfig.fromJson(old);
        assertEquals(2e-4, c.optimization().lr(), "a number the old launch file wrote as a string");
        assertEquals(8, c.lora().r());
        assertFalse(c.data().shuffle());
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
        Path typed = dir.resolve("typed.json");
        Files.writeString(typed, "{\"lora-r\": 2.5}");
        e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(List.of("--config", typed.toString())));
        assertTrue(e.getMessage().contains("typed.json") && e.getMessage().contains("lora-r")
                && e.getMessage().contains("whole number"), e.getMessage());
        List<String> rank = new ArrayList<>(REQUIRED);
        rank.addAll(List.of("--lora-r", "0"));
        e = assertThrows(UsageException.class, () -> TrainingConfig.fromArgs(rank));
        assertTrue(e.getMessage().contains("--lora-r"), e.getMessage());
    }
}

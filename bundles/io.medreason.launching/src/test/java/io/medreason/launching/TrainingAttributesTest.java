package io.medreason.launching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Launch attributes ↔ {@link TrainingConfig} for every setting, and the run folder's configuration file. */
class TrainingAttributesTest {

    @Test
    void everySettingRoundTripsThroughTheAttributes() {
        Map<String, Object> attributes = new HashMap<>();
        for (TrainingOption o : TrainingOption.values()) {
            if (o.saved()) {
                attributes.put(TrainingAttributes.key(o.key()), o.isSwitch() ? (Object) Boolean.TRUE : changed(o));
            }
        }
        TrainingConfig config = TrainingAttributes.toConfig(attributes);
        for (TrainingOption o : TrainingOption.values()) {
            if (o.saved()) {
                Object typed = config.values().get(o);
                assertTrue(typed != null && !typed.equals(o.parse(o.defaultValue(), o.key())),
                        o.key() + " kept its default: the attribute was ignored");
            }
        }
        assertEquals(config, TrainingAttributes.toConfig(TrainingAttributes.attributes(config)));
        assertEquals(3e-4, config.optimization().lr());
        assertEquals(9, config.lora().r());
    }

    @Test
    void defaultsAreTheOptionsDefaultsAndBadValuesAreNamed() {
        Map<String, Object> attributes = new HashMap<>();
        TrainingAttributes.DEFAULTS.forEach((k, v) -> attributes.put(TrainingAttributes.key(k), v));
        attributes.put(TrainingAttributes.key("model"), "m");
        attributes.put(TrainingAttributes.key("data"), "d.json");
        attributes.put(TrainingAttributes.key("output"), "o");
        TrainingConfig config = TrainingAttributes.toConfig(attributes);
        assertEquals(TrainingConfig.fromArgs(java.util.List.of("--model", "m", "--data", "d.json", "--output", "o")),
                config, "the tabs' defaults are the command line's");
        attributes.put(TrainingAttributes.key("lr"), "fast");
        UsageException e = assertThrows(UsageException.class, () -> TrainingAttributes.toConfig(attributes));
        assertTrue(e.getMessage().contains("--lr") && e.getMessage().contains("fast"), e.getMessage());
    }

    @Test
    void runFoldersOldAndNewGiveTheirConfiguration(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("new");
        Files.createDirectories(fresh);
        TrainingConfig config = TrainingConfig.fromArgs(java.util.List.of("--model", "m", "--data", "d.json",
                "--output", fresh.toString(), "--lr", "1e-3"));
        config.write(fresh.resolve(RunProtocol.TRAINING_CONFIG_FILE));
        RunState run = new RunState(fresh, new RunModel());
        assertEquals(config, run.typedConfig().orElseThrow());
        assertEquals(1e-3, run.config().get("lr"));

        Path old = dir.resolve("old");
        Files.createDirectories(old);
        Files.writeString(old.resolve(RunProtocol.LAUNCH_CONFIG_FILE), "{\"model\":\"m\",\"data\":\"d.json\","
                + "\"output\":\"o\",\"lr\":\"2e-4\",\"steps\":20,\"resume\":false}");
        TrainingConfig before = new RunState(old, new RunModel()).typedConfig().orElseThrow();
        assertEquals(2e-4, before.optimization().lr());
        assertEquals(20, before.optimization().steps());
    }

    private static String changed(TrainingOption o) {
        return switch (o) {
            case MODEL, INIT_ADAPTER, OUTPUT -> "folder-" + o.key();
            case DATA, EVAL_DATA -> o.key() + ".jsonl";
            case TEMPLATE -> "alpaca-reasoning";
            case TARGETS -> "q_proj,o_proj";
            case LR -> "3e-4";
            case LORA_R -> "9";
            case SEED -> "12";
            default -> switch (o.kind()) {
                case CHOICE -> o.choices().get(1);
                case DECIMAL -> "0.5";
                default -> "7";
            };
        };
    }
}

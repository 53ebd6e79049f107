package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.core.run.TrainingOptionsHelp;
import io.medreason.engine.TestData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typed training configuration through {@code medreason train}: the run's {@code training_config.json} is what
 * trained, {@code --config} with flags on top, {@code --save-total-limit}, and the help and README made from
 * {@link TrainingOption}.
 */
class TrainSettingsCommandTest {

    @Test
    void saveTotalLimitKeepsTheNewestCheckpoints(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        train(data, dir.resolve("two"), "--steps", "4", "--checkpoint-every", "1", "--save-total-limit", "2");
        assertEquals(List.of("checkpoint-3", "checkpoint-4"), checkpoints(dir.resolve("two")));
        train(data, dir.resolve("all"), "--steps", "4", "--checkpoint-every", "1", "--save-total-limit", "0");
        assertEquals(List.of("checkpoint-1", "checkpoint-2", "checkpoint-3", "checkpoint-4"),
                checkpoints(dir.resolve("all")));
    }

    @Test
    void theRunsConfigurationFileIsWhatTrainedAndFlagsOverrideIt(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        Path first = dir.resolve("first");
        train(data, first, "--steps", "2", "--lr", "3e-3", "--lora-r", "4", "--targets", "q_proj,v_proj");
        TrainingConfig written = TrainingConfig.fromJson(first.resolve(RunProtocol.TRAINING_CONFIG_FILE));
        assertEquals(3e-3, written.optimization().lr());
        assertEquals(List.of("q_proj", "v_proj"), written.lora().targets());
        Path second = dir.resolve("second");
        run(List.of("--config", first.resolve(RunProtocol.TRAINING_CONFIG_FILE).toString(),
                "--output", second.toString(), "--lr", "1e-3"));
        TrainingConfig again = TrainingConfig.fromJson(second.resolve(RunProtocol.TRAINING_CONFIG_FILE));
        assertEquals(written.with(TrainingOption.OUTPUT, second.toString()).with(TrainingOption.LR, 1e-3), again);
    }

    @Test
    void helpListsEverySettingWithItsDefault() {
        String usage = new TrainCommand().usage();
        for (TrainingOption o : TrainingOption.values()) {
            assertTrue(usage.contains("--" + o.key()), "--" + o.key() + " missing from train --help");
        }
        assertTrue(usage.contains("LoRA rank (default 32)"), usage);
        assertTrue(usage.contains("peak learning rate (default 2e-4)"), usage);
    }

    @Test
    void theReadmesTableIsTheOneTheOptionsMake() throws Exception {
        Path readme = Path.of("../../README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        assertTrue(text.contains(TrainingOptionsHelp.markdownTable()),
                "README.md's training settings table differs from TrainingOptionsHelp.markdownTable(); paste:\n"
                        + TrainingOptionsHelp.markdownTable());
    }

    private static List<String> checkpoints(Path run) throws Exception {
        try (Stream<Path> list = Files.list(run)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("checkpoint-")).sorted()
                    .toList();
        }
    }

    private static String train(Path data, Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(), "--data",
                data.toString(), "--output", out.toString(), "--batch-size", "1", "--grad-accum", "1",
                "--max-length", "128", "--lora-r", "4", "--checkpoint-every", "0", "--device", "cpu",
                "--truncation", "cut"));
        args.addAll(List.of(extra));
        return run(args);
    }

    private static String run(List<String> args) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, new TrainCommand().run(args, stdout, stdout), () -> bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

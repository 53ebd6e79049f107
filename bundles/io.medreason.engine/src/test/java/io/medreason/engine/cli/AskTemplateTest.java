package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.TestData;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --adapter} writes the question with the template the adapter's run trained with (read from the run
 * folder above a checkpoint), and reasoning templates answer up to 2,048 new tokens by default.
 */
class AskTemplateTest {

    private static final String QUESTION = "頭暈是中風的前兆嗎？";

    @Test
    void theRunsTemplateAndItsDefaultLengthReachTheQuestion(@TempDir Path dir) throws Exception {
        Path model = shortModel(dir.resolve("tiny-300"));
        Path run = Files.createDirectories(dir.resolve("run"));
        Path checkpoint = copy(TestData.resource("tiny-qwen2/adapter"), run.resolve("checkpoint-2"));
        Files.writeString(run.resolve("training_config.json"), "{\"template\": \"raw\", \"lora-r\": 4}\n");

        // the model has 300 positions: each default answer length is refused before generating, naming it
        String raw = refusal(model, "--adapter", checkpoint.toString());
        assertTrue(raw.contains(" + 512 new tokens exceeds the model's 300 positions"), raw);
        String reasoning = refusal(model, "--adapter",
                copy(TestData.resource("tiny-qwen2/adapter"), dir.resolve("bare")).toString());
        assertTrue(reasoning.contains(" + 2048 new tokens exceeds the model's 300 positions"), reasoning);
        assertTrue(promptTokens(raw) < promptTokens(reasoning), "raw has no ChatML turns: " + raw + " / " + reasoning);
        assertEquals(promptTokens(reasoning), promptTokens(refusal(model)), "without an adapter: ChatML");
    }

    /** The tiny model with max_position_embeddings 300 (weights and tokenizer copied). */
    private static Path shortModel(Path to) throws Exception {
        copy(TestData.TINY_MODEL, to);
        Path config = to.resolve("config.json");
        Files.writeString(config, Files.readString(config).replace("\"max_position_embeddings\": 32768",
                "\"max_position_embeddings\": 300"));
        assertTrue(Files.readString(config).contains("300"));
        return to;
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** Runs ask with its default answer length and returns the refusal's message. */
    private static String refusal(Path model, String... extra) {
        List<String> args = new ArrayList<>(List.of("--model", model.toString(), "--device", "cpu"));
        args.addAll(List.of(extra));
        args.add(QUESTION);
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        UsageException e = assertThrows(UsageException.class,
                () -> new AskCommand(new ByteArrayInputStream(new byte[0])).run(args, sink, sink));
        return e.getMessage();
    }

    private static int promptTokens(String message) {
        Matcher m = Pattern.compile("question of (\\d+) tokens").matcher(message);
        assertTrue(m.find(), message);
        return Integer.parseInt(m.group(1));
    }
}

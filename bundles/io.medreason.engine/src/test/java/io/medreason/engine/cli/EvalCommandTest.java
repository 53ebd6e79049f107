package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medreason eval} end to end on the tiny model: the last line reproduces expected.json. */
class EvalCommandTest {

    @TempDir
    Path dir;

    private JsonNode lastLine(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new EvalCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("device cpu, dtype float32"), err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void rawEvalMatchesReferenceWithAndWithoutAdapter() throws Exception {
        JsonNode expected = TestData.json("tiny-qwen2/expected.json");
        String data = TestData.resource("tiny-qwen2/texts.jsonl").toString();
        String model = TestData.TINY_MODEL.toString();
        JsonNode base = lastLine("--model", model, "--data", data, "--template", "raw", "--device", "cpu");
        assertEquals(93, base.get("tokens").asInt());
        assertEquals(4, base.get("records").asInt());
        assertEquals(Math.exp(base.get("loss").asDouble()), base.get("perplexity").asDouble(), 1e-3);
        assertTrue(TestData.relative(base.get("loss").asDouble(), expected.get("eval_base").get("loss").asDouble())
                < 1e-4, base.toString());
        JsonNode adapted = lastLine("--model", model, "--adapter",
                TestData.resource("tiny-qwen2/adapter").toString(), "--data", data, "--device", "cpu");
        assertTrue(TestData.relative(adapted.get("loss").asDouble(),
                expected.get("eval_adapter").get("loss").asDouble()) < 1e-4, adapted.toString());
    }

    @Test
    void badInputIsOneLineNamingTheProblem() throws Exception {
        Path data = dir.resolve("bad.jsonl");
        Files.writeString(data, "{\"text\": \"ok\"}\n{\"txt\": \"typo\"}\n");
        List<String> errors = new ArrayList<>();
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        for (List<String> args : List.of(
                List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(), "--device", "cpu"),
                List.of("--model", dir.resolve("nope").toString(), "--data", data.toString()),
                List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(), "--max-length", "x"),
                List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(), "--bogus", "1"))) {
            errors.add(assertThrows(UsageException.class, () -> new EvalCommand().run(args, sink, sink)).getMessage());
        }
        assertTrue(errors.get(0).contains("bad.jsonl: line 2: field \"text\""), errors.get(0));
        assertTrue(errors.get(1).contains("--model") && errors.get(1).contains("nope"), errors.get(1));
        assertTrue(errors.get(2).contains("--max-length"), errors.get(2));
        assertTrue(errors.get(3).contains("--bogus"), errors.get(3));
        errors.forEach(e -> assertEquals(-1, e.indexOf('\n'), "one line: " + e));
    }
}

package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.Subcommand;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.TestData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registration and bad-input handling of bench and merge; merge writes a loadable folder. */
class BenchAndMergeCommandTest {

    private final PrintStream sink = new PrintStream(new ByteArrayOutputStream());

    @Test
    void subcommandsAndInferBenchmarkAreRegistered() {
        List<String> names = ServiceLoader.load(Subcommand.class).stream().map(p -> p.get().name()).toList();
        assertTrue(names.containsAll(List.of("eval", "ask", "bench", "merge")), names.toString());
        assertTrue(new BenchCommand().usage().contains("infer:"));
        String msg = assertThrows(UsageException.class, () -> new BenchCommand().run(List.of("nope"), sink, sink))
                .getMessage();
        assertTrue(msg.contains("unknown benchmark 'nope'") && msg.contains("infer"), msg);
    }

    @Test
    void mergeWritesFolderAndRefusesBadFlags(@TempDir Path dir) throws Exception {
        String adapter = TestData.resource("tiny-qwen2/adapter").toString();
        String model = TestData.TINY_MODEL.toString();
        Path out = dir.resolve("merged");
        assertEquals(0, new MergeCommand().run(List.of("--model", model, "--adapter", adapter, "--output",
                out.toString(), "--dtype", "F16"), sink, sink));
        assertTrue(Files.isRegularFile(out.resolve("model.safetensors")));
        String exists = assertThrows(UsageException.class, () -> new MergeCommand().run(List.of("--model", model,
                "--adapter", adapter, "--output", out.toString()), sink, sink)).getMessage();
        assertTrue(exists.contains("already exists"), exists);
        String dtype = assertThrows(UsageException.class, () -> new MergeCommand().run(List.of("--model", model,
                "--adapter", adapter, "--output", dir.resolve("x").toString(), "--dtype", "int4"), sink, sink))
                .getMessage();
        assertTrue(dtype.contains("--dtype"), dtype);
    }
}

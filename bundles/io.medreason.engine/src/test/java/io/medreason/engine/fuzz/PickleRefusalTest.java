package io.medreason.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.safetensors.Checkpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No pickle is ever read: model and adapter folders whose weights are only pickled are refused through
 * {@code medreason ask} and {@code eval} with a message naming the files and saying to convert to safetensors. The
 * pickles here are named pipes with no writer: opening one for reading would block, so a command that returns (within
 * the timeout) has not opened it.
 */
class PickleRefusalTest {

    @TempDir
    Path dir;

    @Test
    void modelFoldersWithOnlyPickledWeightsAreRefusedWithoutOpeningThem() throws Exception {
        for (String pickle : List.of("pytorch_model.bin", "model.pt", "weights.pth")) {
            Path model = modelWithout(Checkpoint.SINGLE, pickle);
            for (List<String> args : List.of(List.of("ask", "--model", model.toString(), "--device", "cpu", "問題"),
                    List.of("eval", "--model", model.toString(), "--data",
                            TestData.resource("tiny-qwen2/texts.jsonl").toString(), "--template", "raw"))) {
                CommandRun run = run(args);
                assertEquals(2, run.code(), run.err());
                String line = run.lastErrorLine();
                assertTrue(line.contains(model.toString()) && line.contains(pickle) && line.contains("safetensors")
                        && line.contains("arbitrary code"), line);
                System.out.println("pickle refused: " + line);
            }
        }
    }

    @Test
    void adapterFoldersWithOnlyPickledWeightsAreRefusedAndASafetensorsModelBesideAPickleLoads() throws Exception {
        Path model = modelWithout("none", "pytorch_model.bin"); // model.safetensors and a pickle: the pickle is ignored
        Path adapter = Files.createDirectories(dir.resolve("adapter"));
        Files.copy(TestData.resource("tiny-qwen2/adapter").resolve("adapter_config.json"),
                adapter.resolve("adapter_config.json"));
        fifo(adapter.resolve("adapter_model.bin"));
        CommandRun run = run(List.of("ask", "--model", model.toString(), "--adapter", adapter.toString(), "--device",
                "cpu", "--max-new-tokens", "2", "問題"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.lastErrorLine().contains("adapter_model.bin") && run.lastErrorLine().contains(
                LoraAdapter.WEIGHTS) && run.lastErrorLine().contains("convert them to safetensors"), run.err());
        CommandRun base = run(List.of("ask", "--model", model.toString(), "--device", "cpu", "--max-new-tokens", "2",
                "--temperature", "0", "問題"));
        assertEquals(0, base.code(), base.err());
    }

    private static CommandRun run(List<String> args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CommandRun.main(args),
                "blocked: something opened the pickle (a named pipe) " + args);
    }

    /** A copy of the tiny model (links) without {@code leaveOut}, plus a pickle that is a named pipe. */
    private Path modelWithout(String leaveOut, String pickle) throws IOException, InterruptedException {
        Path model = Files.createDirectories(dir.resolve("model-" + pickle));
        for (String f : List.of("config.json", "tokenizer.json", "tokenizer_config.json", Checkpoint.SINGLE)) {
            if (!f.equals(leaveOut)) {
                Files.createSymbolicLink(model.resolve(f), TestData.TINY_MODEL.resolve(f).toAbsolutePath());
            }
        }
        fifo(model.resolve(pickle));
        return model;
    }

    private static void fifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, p.waitFor(), "mkfifo " + path);
    }
}

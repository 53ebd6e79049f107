package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.engine.TestData;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason train} end to end on the tiny model: a watcher on a loopback socket receives the same JSON lines
 * as metrics.jsonl and sends "stop" after the first step; the run checkpoints and returns 0, and --resume finishes it.
 */
class TrainCommandTest {

    @Test
    void progressSocketStopThenResume(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        Path out = dir.resolve("run");
        List<String> args = List.of("--model", TestData.TINY_MODEL.toString(), "--data", data.toString(), "--output",
                out.toString(), "--steps", "3", "--batch-size", "2", "--grad-accum", "1", "--max-length", "128",
                "--lora-r", "4", "--lr", "0.01", "--warmup-steps", "0", "--checkpoint-every", "0");
        List<String> received = new ArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> watcher = CompletableFuture.runAsync(() -> watch(server, received));
            List<String> withPort = new ArrayList<>(args);
            withPort.addAll(List.of("--progress-port", Integer.toString(server.getLocalPort())));
            assertEquals(0, new TrainCommand().run(withPort, quiet(), quiet()));
            watcher.get();
        }
        List<String> logged = Files.readAllLines(out.resolve(RunProtocol.METRICS_FILE));
        assertEquals(logged, received, "socket and metrics.jsonl carry the same lines");
        Map<String, Object> start = RunProtocol.decode(logged.get(0));
        assertEquals(RunProtocol.START, RunProtocol.typeOf(start));
        assertEquals(3L, start.get("kept_records"));
        Map<String, Object> summary = RunProtocol.decode(logged.get(logged.size() - 1));
        assertEquals(RunProtocol.SUMMARY, RunProtocol.typeOf(summary));
        assertEquals(Boolean.TRUE, summary.get("stopped"));
        long stoppedAt = (Long) summary.get("global_step");
        assertTrue(stoppedAt >= 1 && stoppedAt < 3, "stopped at " + stoppedAt);
        assertTrue(Files.isRegularFile(out.resolve("checkpoint-" + stoppedAt).resolve("adapter_model.safetensors")));

        List<String> resume = new ArrayList<>(args);
        resume.add("--resume");
        assertEquals(0, new TrainCommand().run(resume, quiet(), quiet()));
        List<String> all = Files.readAllLines(out.resolve(RunProtocol.METRICS_FILE));
        Map<String, Object> last = RunProtocol.decode(all.get(all.size() - 1));
        assertEquals(3L, last.get("global_step"));
        assertEquals(null, last.get("stopped"));
        assertTrue(Files.isRegularFile(out.resolve("adapter_config.json")));
        for (String key : List.of("train_runtime", "train_samples_per_second", "train_steps_per_second",
                "train_loss", "total_flos", "epoch")) {
            assertTrue(last.containsKey(key), key);
        }
        long steps = all.stream().map(RunProtocol::decode).filter(m -> RunProtocol.STEP.equals(RunProtocol.typeOf(m)))
                .count();
        assertEquals(3, steps, "each step reported once across the stop and the resume");
    }

    private static void watch(ServerSocket server, List<String> received) {
        try (Socket s = server.accept();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                        StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                received.add(line);
                if (RunProtocol.STEP.equals(RunProtocol.typeOf(RunProtocol.decode(line)))) {
                    out.println(RunProtocol.STOP);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}

package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.Main;
import io.medreason.core.cli.Subcommand;
import io.medreason.engine.DeviceMemory;
import io.medreason.engine.safetensors.SparseSafetensors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval} and {@code ask} on a sharded BF16 checkpoint with Qwen2.5-7B's dimensions (sparse shards, real
 * headers and config.json) on a 24 GiB machine: FP32 on the CPU needs about 30 GB, so the commands refuse with exit
 * status 2 and one line naming the memory needed and available, before reading any weight. The machine's size is
 * capped at 24 GiB with {@value DeviceMemory#LIMIT_PROPERTY}, so the outcome is the same on a bigger one.
 */
class BigModelRefusalTest {

    private static final Pattern NEEDS = Pattern.compile("needs about ([0-9.]+) GiB .* but cpu has ([0-9.]+) GiB");

    @TempDir
    Path dir;

    @BeforeEach
    void pinMachineSize() {
        System.setProperty(DeviceMemory.LIMIT_PROPERTY, "24g");
    }

    @AfterEach
    void unpin() {
        System.clearProperty(DeviceMemory.LIMIT_PROPERTY);
    }

    @Test
    void sevenBillionInFp32IsRefusedNamingNeededAndAvailableMemory() throws Exception {
        Path model = Files.createDirectory(dir.resolve("qwen2.5-7b"));
        SparseSafetensors.qwen25_7b(model, 0, 152063);
        Path data = dir.resolve("texts.jsonl");
        Files.writeString(data, "{\"text\": \"hello\"}\n");
        for (List<String> args : List.of(
                List.of("eval", "--model", model.toString(), "--data", data.toString(), "--device", "cpu"),
                List.of("ask", "--model", model.toString(), "--device", "cpu", "hello"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Main(List.<Subcommand>of(new EvalCommand(), new AskCommand()), new PrintStream(
                    new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
            String message = err.toString(StandardCharsets.UTF_8).strip();
            System.out.println(args.get(0) + ": " + message);
            assertEquals(2, code, message);
            assertEquals(-1, message.indexOf('\n'), "one line: " + message);
            assertFalse(message.contains("Exception"), message);
            assertTrue(message.contains(model.toString()) && message.contains("as float32"), message);
            Matcher m = NEEDS.matcher(message);
            assertTrue(m.find(), message);
            double needed = Double.parseDouble(m.group(1));
            double available = Double.parseDouble(m.group(2));
            assertEquals(DeviceMemory.available(ai.djl.Device.cpu()) / (double) (1L << 30), available, 0.05, message);
            assertTrue(available <= 24.0, "capped at 24 GiB: " + message);
            assertTrue(needed > 28.4 && needed < 34, "7.6e9 fp32 weights are 28.4 GiB: " + message);
        }
    }
}

package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.engine.TestData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medreason train --gradient-checkpointing} trains through layer-by-layer recomputation (it fails if the flag
 * is ignored: the run must report one recomputed forward per decoder layer and micro-batch), and gives the plain
 * run's losses and gradient norms.
 */
class GradientCheckpointingCommandTest {

    private static final int STEPS = 3;
    private static final int ACCUM = 2;
    private static final int TINY_LAYERS = 2;

    @Test
    void flagTrainsLayerByLayerWithThePlainRunsNumbers(@TempDir Path dir) throws Exception {
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        String plainOut = train(data, dir.resolve("plain"), false);
        String ckptOut = train(data, dir.resolve("ckpt"), true);
        assertFalse(plainOut.contains("recomputed"), plainOut);
        Matcher m = Pattern.compile("gradient checkpointing: (\\d+) decoder-layer forwards recomputed").matcher(ckptOut);
        assertTrue(m.find(), "the checkpointed run reports its recomputation:\n" + ckptOut);
        assertEquals((long) STEPS * ACCUM * TINY_LAYERS, Long.parseLong(m.group(1)));

        List<Map<String, Object>> plain = steps(dir.resolve("plain"));
        List<Map<String, Object>> ckpt = steps(dir.resolve("ckpt"));
        assertEquals(STEPS, plain.size());
        assertEquals(STEPS, ckpt.size());
        double loss = 0;
        double norm = 0;
        for (int i = 0; i < STEPS; i++) {
            loss = Math.max(loss, Math.abs(number(ckpt.get(i), "loss") - number(plain.get(i), "loss")));
            norm = Math.max(norm, TestData.relative(number(ckpt.get(i), "grad_norm"), number(plain.get(i), "grad_norm")));
        }
        System.out.printf("train --gradient-checkpointing vs plain: largest loss difference %.3e, grad-norm relative "
                + "%.3e over %d steps%n", loss, norm, STEPS);
        assertTrue(loss < 1e-5 && norm < 1e-5, "loss " + loss + ", grad norm " + norm);
    }

    private static String train(Path data, Path out, boolean checkpointing) throws Exception {
        List<String> args = new ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(), "--data",
                data.toString(), "--output", out.toString(), "--steps", Integer.toString(STEPS), "--batch-size", "1",
                "--grad-accum", Integer.toString(ACCUM), "--max-length", "128", "--lora-r", "4", "--lr", "0.01",
                "--warmup-steps", "0", "--checkpoint-every", "0", "--device", "cpu"));
        if (checkpointing) {
            args.add("--gradient-checkpointing");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, new TrainCommand().run(args, stdout, stdout));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> steps(Path run) throws Exception {
        return Files.readAllLines(run.resolve(RunProtocol.METRICS_FILE)).stream().map(RunProtocol::decode)
                .filter(x -> RunProtocol.STEP.equals(RunProtocol.typeOf(x))).toList();
    }

    private static double number(Map<String, Object> message, String key) {
        return ((Number) message.get(key)).doubleValue();
    }
}

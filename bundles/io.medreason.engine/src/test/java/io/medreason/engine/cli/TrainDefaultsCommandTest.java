package io.medreason.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults of {@code medreason train} that decide what a run learns, through the command: precision {@code auto}
 * (FP32 on the CPU, said at the start) and {@code --truncation drop} (a record longer than {@code --max-length} is
 * left out and named, so no reasoning trace loses its end-of-turn token), against {@code --truncation cut}.
 */
class TrainDefaultsCommandTest {

    @Test
    void overLengthRecordsAreDroppedByDefaultAndCutOnRequest(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("d.jsonl");
        Files.writeString(data, """
                {"Question": "头痛怎么办？", "Complex_CoT": "先排除危险信号。", "Response": "多休息，持续请就医。"}
                {"Question": "发烧怎么办？", "Complex_CoT": "%s", "Response": "补充水分，高烧不退请就医。"}
                {"Question": "血压高怎么办？", "Complex_CoT": "先确认测量方法。", "Response": "定期量测血压，遵医嘱服药。"}
                """.formatted("看精神状态，量体温。".repeat(40)), StandardCharsets.UTF_8);
        String dropped = train(data, dir.resolve("drop"));
        assertTrue(dropped.contains("precision auto: fp32 (CPU)"), dropped);
        assertTrue(dropped.contains("1 dropped as longer than --max-length (records 2)"), dropped);
        Map<String, Object> start = start(dir.resolve("drop"));
        assertEquals(2L, start.get("kept_records"));
        assertEquals(1L, start.get("dropped_records"));
        assertEquals("fp32", start.get("precision"));

        train(data, dir.resolve("cut"), "--truncation", "cut");
        Map<String, Object> cut = start(dir.resolve("cut"));
        assertEquals(3L, cut.get("kept_records"));
        assertEquals(1L, cut.get("truncated_records"));
        assertEquals(0L, cut.get("dropped_records"));
    }

    @Test
    void theMedicalProfileReachesWhatTrains(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("med.jsonl");
        Files.writeString(data, """
                {"Question": "要送重症监护室吗？", "Complex_CoT": "先评估。", "Response": "要送重症监护室。"}
                """, StandardCharsets.UTF_8);
        train(data, dir.resolve("s2twp"), "--convert", "s2twp");
        train(data, dir.resolve("med"), "--convert", "s2twp-med");
        long plain = (Long) start(dir.resolve("s2twp")).get("tokens");
        long med = (Long) start(dir.resolve("med")).get("tokens");
        System.out.printf("tokens of the record: s2twp %d, s2twp-med %d%n", plain, med);
        // s2twp-med writes 加護病房 (4 characters) where s2twp writes 重症監護室 (5)
        assertTrue(plain != med, "--convert s2twp-med must change the text that trains: " + plain + " tokens both");
    }

    private static String train(Path data, Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--model", TestData.TINY_MODEL.toString(), "--data",
                data.toString(), "--output", out.toString(), "--steps", "1", "--batch-size", "1", "--grad-accum", "1",
                "--max-length", "128", "--lora-r", "4", "--checkpoint-every", "0", "--device", "cpu"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, new TrainCommand().run(args, stdout, stdout));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> start(Path run) throws Exception {
        return RunProtocol.decode(Files.readAllLines(run.resolve(RunProtocol.METRICS_FILE)).get(0));
    }
}

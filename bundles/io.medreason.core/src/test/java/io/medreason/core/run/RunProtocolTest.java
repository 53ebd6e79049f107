package io.medreason.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunProtocolTest {

    @Test
    void stepMessageRoundTripsThroughOneLine() {
        StepMetrics m = new StepMetrics(7, 0.5, 2.25, 1.5e-4, 0.75, 1234.5, 0.885, 12.0, Double.NaN, 1.8, false);
        String line = RunProtocol.encode(m.toMessage());
        assertFalse(line.contains("\n"));
        assertFalse(line.contains("loss_scale"), line);
        Map<String, Object> back = RunProtocol.decode(line);
        assertEquals(RunProtocol.STEP, RunProtocol.typeOf(back));
        assertEquals(m, StepMetrics.of(back));
    }

    @Test
    void summaryUsesHuggingFaceNames() {
        String line = RunProtocol.encode(new RunSummary(100, 0.885, 0.055, 1.7, 1e15, 200, 1.0, false).toMessage());
        Map<String, Object> m = RunProtocol.decode(line);
        for (String key : List.of("train_runtime", "train_samples_per_second", "train_steps_per_second", "train_loss",
                "total_flos", "global_step", "epoch")) {
            assertTrue(m.containsKey(key), key + " missing in " + line);
        }
        assertEquals(200L, m.get("global_step"));
    }

    @Test
    void stringsAndNestingSurviveJson() {
        Map<String, Object> m = RunProtocol.message("error", "message", "檔案 \"a\\b\"\n\t\u0001",
                "list", List.of(1, 2.5, true), "nested", Map.of("k", "v"), "nan", Double.NaN);
        Map<String, Object> back = RunProtocol.decode(RunProtocol.encode(m));
        assertEquals(m.get("message"), back.get("message"));
        assertEquals(List.of(1L, 2.5, true), back.get("list"));
        assertEquals(Map.of("k", "v"), back.get("nested"));
        assertEquals(null, back.get("nan"));
        assertTrue(back.containsKey("nan"));
    }

    @Test
    void stopLinesAreRecognised() {
        assertTrue(RunProtocol.isStop("stop\n"));
        assertTrue(RunProtocol.isStop("{\"type\": \"stop\"}"));
        assertFalse(RunProtocol.isStop("{\"type\": \"step\"}"));
        assertFalse(RunProtocol.isStop("{broken"));
    }

    @Test
    void badJsonNamesThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": tru}"));
        assertTrue(e.getMessage().contains("character"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
    }
}

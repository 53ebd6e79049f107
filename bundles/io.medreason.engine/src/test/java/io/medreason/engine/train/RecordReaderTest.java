package io.medreason.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.cli.UsageException;
import io.medreason.core.template.SftRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's records from the dataset bundle's reader: every supported layout maps to question/reasoning/answer. */
class RecordReaderTest {

    @Test
    void readsMedicalO1ArraysRawTextAndAlpaca(@TempDir Path dir) throws Exception {
        Path array = dir.resolve("a.json");
        Files.writeString(array, "[{\"Question\": \"q\", \"Complex_CoT\": \"c\", \"Response\": \"r\", \"extra\": 1},"
                + " {\"Question\": \"q2\", \"Complex_CoT\": \"\", \"Response\": \"r2\"}]");
        List<SftRecord> records = RecordReader.read(array);
        assertEquals(SftRecord.of("q", "c", "r"), records.get(0));
        assertEquals("r2", records.get(1).response());
        Path lines = dir.resolve("b.jsonl");
        Files.writeString(lines, "{\"text\": \"一\"}\n{\"text\": \"二\"}\n");
        assertEquals(List.of(SftRecord.text("一"), SftRecord.text("二")), RecordReader.read(lines));
        Path alpaca = dir.resolve("c.jsonl");
        Files.writeString(alpaca, "{\"instruction\": \"i\", \"input\": \"x\", \"output\": \"o\"}\n");
        SftRecord a = RecordReader.read(alpaca).get(0);
        assertEquals("i\n\nx", a.question());
        assertEquals("o", a.response());
    }

    @Test
    void evalRecordsAreConvertedLikeTrainingRecords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("e.jsonl");
        Files.writeString(file, "{\"Question\": \"头痛\", \"Complex_CoT\": \"皮肤\", \"Response\": \"信息\"}\n");
        assertEquals(List.of(SftRecord.of("頭痛", "皮膚", "資訊")), new EvalRecords().read(file, null));
        assertEquals(List.of(SftRecord.of("头痛", "皮肤", "信息")), new EvalRecords().read(file, "none"));
    }

    @Test
    void errorsNameTheFile(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"Question\": \"q\", \"Response\": \"r\"}, {\"Question\": ");
        UsageException e = assertThrows(UsageException.class, () -> RecordReader.read(broken));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        UsageException missing = assertThrows(UsageException.class, () -> RecordReader.read(dir.resolve("no.json")));
        assertTrue(missing.getMessage().contains("no.json"), missing.getMessage());
    }
}

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

class RecordReaderTest {

    @Test
    void readsMedicalO1ArraysAndJsonLinesAndRawText(@TempDir Path dir) throws Exception {
        Path array = dir.resolve("a.json");
        Files.writeString(array, "[{\"Question\": \"q\", \"Complex_CoT\": \"c\", \"Response\": \"r\", \"extra\": 1},"
                + " {\"Question\": \"q2\", \"Response\": \"r2\"}]");
        assertEquals(List.of(SftRecord.of("q", "c", "r"), SftRecord.of("q2", "", "r2")), RecordReader.read(array));
        Path lines = dir.resolve("b.jsonl");
        Files.writeString(lines, "{\"text\": \"一\"}\n\n{\"text\": \"二\"}\n");
        assertEquals(List.of(SftRecord.text("一"), SftRecord.text("二")), RecordReader.read(lines));
    }

    @Test
    void errorsNameFileRecordAndField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"Question\": \"q\", \"Response\": \"r\"}\n{\"Question\": \"q\", \"Response\": 3}\n");
        UsageException e = assertThrows(UsageException.class, () -> RecordReader.read(bad));
        assertTrue(e.getMessage().contains("bad.jsonl") && e.getMessage().contains("record 1")
                && e.getMessage().contains("Response"), e.getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"Question\": \"q\", \"Response\": \"r\"}, {\"Question\": ");
        e = assertThrows(UsageException.class, () -> RecordReader.read(broken));
        assertTrue(e.getMessage().contains("broken.json") && e.getMessage().contains("record 1"), e.getMessage());
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"instruction\": \"x\"}\n");
        e = assertThrows(UsageException.class, () -> RecordReader.read(other));
        assertTrue(e.getMessage().contains("record 0") && e.getMessage().contains("Question"), e.getMessage());
    }
}

package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.medreason.core.cli.UsageException;
import io.medreason.dataset.model.Dataset;

/** The malformed-input corpus (src/test/resources/malformed): one-line errors with place and record, lenient reads. */
class MalformedFilesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "truncated.json              | 14 | 24 |  2 | ends inside this record",
            "trailing_comma.json         | 21 |  4 |  3 | trailing comma before ']'",
            "trailing_comma_in_record.json | 11 | 3 | 1 | trailing comma before '}'",
            "top_level_string.json       |  1 |  1 | -1 | found a string",
            "top_level_object.json       |  1 |  1 |  0 | extract that array",
            "array_of_numbers.json       |  1 |  2 |  0 | is a number, not an object",
            "nul_in_record.json          |  9 | 23 |  1 | NUL byte",
            "nul_padding.json            | 22 |  2 | -1 | NUL bytes after the closing ']'",
            "invalid_utf8.jsonl          |  4 | 71 |  3 | Invalid UTF-8",
            "utf16.json                  |  1 |  1 | -1 | UTF-16",
            "bad_line.jsonl              |  2 | 31 |  1 | the line ends before the record does",
            "missing_comma.json          |  7 |  3 |  0 | expected ',' or ']'",
            "empty.json                  | -1 | -1 | -1 | empty"})
    void strictLoadNamesFileLineColumnAndRecord(String name, long line, long column, int record, String reason)
            throws IOException {
        Path file = TestFiles.copy("malformed/" + name, folder);
        byte[] before = Files.readAllBytes(file);

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetIO.load(file));

        assertTrue(e instanceof UsageException);
        assertEquals(file, e.file());
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertEquals(List.of(line > 0 ? line : 1L, column > 0 ? column : 1L, record),
                List.of(e.line(), e.column(), e.recordIndex()), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        assertArrayEquals(before, Files.readAllBytes(file), "a failed load leaves the file alone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "truncated.json           | 2 | 2",
            "trailing_comma.json      | 4 | -1",
            "trailing_comma_in_record.json | 3 | 1",
            "nul_in_record.json       | 3 | 1",
            "nul_padding.json         | 4 | -1",
            "invalid_utf8.jsonl       | 5 | -1",
            "bad_line.jsonl           | 4 | 1",
            "missing_comma.json       | 4 | -1"})
    void lenientLoadSaysWhatWasReadAndWhatWasNot(String name, int read, int skippedIndex) {
        LoadResult result = DatasetIO.loadLenient(TestFiles.copy("malformed/" + name, folder));

        assertEquals(read, result.recordsRead(), result.summary());
        assertEquals(skippedIndex < 0 ? List.of() : List.of(skippedIndex),
                result.skipped().stream().map(SkippedRecord::index).toList(), result.summary());
        assertTrue(!result.isComplete(), "something was skipped or repaired: " + result.summary());
        assertTrue(result.summary().startsWith("read " + read + " of "), result.summary());
        for (var record : result.dataset().getRecords()) {
            assertTrue(record.getQuestion().startsWith("問題 " + record.getOriginalIndex() + "："), record.getQuestion());
        }
    }

    @Test
    void savingALenientLoadDropsTheDamage() throws IOException {
        Path padded = TestFiles.copy("malformed/nul_padding.json", folder);
        byte[] before = Files.readAllBytes(padded);
        DatasetIO.save(DatasetIO.loadLenient(padded).dataset(), padded);
        assertArrayEquals(java.util.Arrays.copyOf(before, before.length - 64), Files.readAllBytes(padded),
                "only the NUL padding is gone");

        Path comma = TestFiles.copy("malformed/trailing_comma.json", folder);
        DatasetIO.save(DatasetIO.loadLenient(comma).dataset(), comma);
        assertEquals(4, DatasetIO.load(comma).getRecords().size(), "now strictly readable");
    }

    @Test
    void lenientUtf8RepairLeavesReplacementCharacters() {
        Dataset dataset = DatasetIO.loadLenient(TestFiles.copy("malformed/invalid_utf8.jsonl", folder)).dataset();
        assertEquals("\uFFFD\uFFFD 3。", dataset.getRecords().get(3).getResponse());
    }

    @ParameterizedTest
    @CsvSource({"top_level_string.json", "top_level_object.json", "array_of_numbers.json", "utf16.json", "empty.json"})
    void nothingReadableIsAnErrorEvenWhenLenient(String name) {
        assertThrows(DatasetFormatException.class, () -> DatasetIO.loadLenient(TestFiles.copy("malformed/" + name,
                folder)));
    }

    @Test
    void aHundredMegabyteLineIsAnErrorNotAnOutOfMemory() throws IOException {
        Path file = folder.resolve("huge-line.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"Question\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "病".repeat(1 << 20).getBytes(StandardCharsets.UTF_8); // 3 MiB
            for (int i = 0; i < 34; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) > 100_000_000L);

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> DatasetIO.load(file));

        assertEquals(List.of(1L, 0), List.of(e.line(), e.recordIndex()), e.getMessage());
        assertTrue(e.reason().contains("longer than the limit of 20000000 characters"), e.getMessage());
    }

    @Test
    void aLongLineUnderALowerLimitNamesTheRecord() throws IOException {
        Path file = folder.resolve("long.jsonl");
        Files.writeString(file, "{\"text\": \"ok\"}\n{\"text\": \"" + "x".repeat(2_000_000) + "\"}\n");

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> DatasetIO.load(file, false, 1_000_000));

        assertEquals(List.of(2L, 1), List.of(e.line(), e.recordIndex()), e.getMessage());
    }
}

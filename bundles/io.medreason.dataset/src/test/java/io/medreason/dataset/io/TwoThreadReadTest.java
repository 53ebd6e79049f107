package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.bench.SyntheticData;
import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.Record;

/** Large files read by two threads give the same data set, and the same errors, as a read in one go. */
class TwoThreadReadTest {

    private static final int ONE_THREAD = Integer.MAX_VALUE;
    private static final int TWO_THREADS = 1;

    @TempDir
    Path folder;

    private static Dataset read(Path file, int threshold) {
        DatasetReader reader = new DatasetReader(false, DatasetReader.DEFAULT_MAX_STRING, threshold);
        Dataset dataset = reader.read(file).dataset();
        assertEquals(threshold == TWO_THREADS ? 2 : 1, reader.parts(), "threads that read " + file);
        return dataset;
    }

    @Test
    void indentedArrayAndJsonLinesReadTheSameInTwoParts() throws IOException {
        Path array = folder.resolve("array.json");
        SyntheticData.write(array, 600_000, 3);
        Dataset dataset = read(array, ONE_THREAD);
        Path lines = folder.resolve("lines.jsonl");
        DatasetIO.save(dataset, lines, DatasetFormat.MEDICAL_O1, Container.JSON_LINES);

        for (Path file : List.of(array, lines)) {
            Dataset one = read(file, ONE_THREAD);
            Dataset two = read(file, TWO_THREADS);
            assertEquals(describe(one), describe(two));
            assertArrayEquals(bytes(one), bytes(two));
            assertArrayEquals(Files.readAllBytes(file), bytes(two));
        }
    }

    @Test
    void anErrorInTheSecondHalfNamesTheRightRecord() throws IOException {
        Path file = folder.resolve("broken.json");
        int count = SyntheticData.write(file, 600_000, 5);
        String text = Files.readString(file);
        int cut = text.lastIndexOf("\"Response\"");
        Files.writeString(file, text.substring(0, cut) + "\"Response\" 1,\n" + text.substring(cut));

        DatasetFormatException one = assertThrows(DatasetFormatException.class, () -> read(file, ONE_THREAD));
        DatasetFormatException two = assertThrows(DatasetFormatException.class, () -> read(file, TWO_THREADS));

        assertEquals(count - 1, one.recordIndex());
        assertEquals(one.getMessage(), two.getMessage());
    }

    private static String describe(Dataset dataset) {
        StringBuilder text = new StringBuilder(dataset.getFormat() + " " + dataset.getRecords().size());
        for (Record record : dataset.getRecords()) {
            text.append('\n').append(record.getOriginalIndex()).append(' ').append(record.getQuestion());
        }
        return text.toString();
    }

    private static byte[] bytes(Dataset dataset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetIO.write(dataset, out);
        return out.toByteArray();
    }

}

package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.bench.SyntheticData;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.Record;

/** A generated 5 MB medical-o1 file: every record read, and written back byte for byte, also after one edit. */
class LargeFileTest {

    @TempDir
    Path folder;

    @Test
    void progressRisesToOne() throws IOException {
        Path file = folder.resolve("progress.json");
        SyntheticData.write(file, 3_000_000, 11);
        java.util.List<Double> seen = new java.util.ArrayList<>();

        LoadResult result = DatasetIO.load(file, false, seen::add);

        assertTrue(seen.size() >= 3, seen.toString());
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), seen.toString());
        }
        assertTrue(result.recordsRead() > 0);
    }

    @Test
    void fiveMegabytesRoundTripAndEditOneRecord() throws IOException {
        Path file = folder.resolve("large.json");
        int written = SyntheticData.write(file, 5_000_000, 7);
        byte[] original = Files.readAllBytes(file);

        Dataset dataset = DatasetIO.load(file);
        assertEquals(written, dataset.getRecords().size());
        assertTrue(written > 1500, "records: " + written);
        Record last = dataset.getRecords().get(written - 1);
        assertTrue(last.getQuestion().endsWith("（" + (written - 1) + "）？"), last.getQuestion());

        DatasetIO.save(dataset, file);
        assertArrayEquals(original, Files.readAllBytes(file));

        Record middle = dataset.getRecords().get(written / 2);
        String before = middle.getResponse();
        middle.setResponse("已修改的回答");
        DatasetIO.save(dataset, file);
        String expected = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"" + before + "\"", "\"已修改的回答\"");
        assertEquals(expected, Files.readString(file));
    }
}

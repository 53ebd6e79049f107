package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.core.cli.UsageException;
import io.medreason.dataset.model.Dataset;

/** A save that fails half way (a full disk, a crash of the writer) leaves the original file as it was. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    @Test
    void failureMidSaveLeavesTheOriginalIntact() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_indent2.json", folder);
        byte[] original = Files.readAllBytes(file);
        Dataset dataset = DatasetIO.load(file);
        dataset.getRecords().get(0).setQuestion("edited");
        DatasetWriter writer = new DatasetWriter(dataset, dataset.getFormat(), dataset.getContainer());

        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.write(file, out -> writer.write(new DiskFullAfter(out, 300))));

        assertEquals("No space left on device (simulated)", e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of(file), listFolder(), "the temporary file is removed");
    }

    @Test
    void successfulSaveReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1.jsonl", folder);
        Dataset dataset = DatasetIO.load(file);
        dataset.getRecords().get(0).setQuestion("edited");

        DatasetIO.save(dataset, file);

        assertEquals("edited", DatasetIO.load(file).getRecords().get(0).getQuestion());
        assertEquals(List.of(file), listFolder());
    }

    @Test
    void aRawValueEditedIntoInvalidJsonStopsTheSaveAndNamesIt() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_handwritten.json", folder);
        byte[] original = Files.readAllBytes(file);
        Dataset dataset = DatasetIO.load(file);
        dataset.getRecords().get(0).getFields().get(3).setJson("1.50,");

        UsageException e = assertThrows(UsageException.class, () -> DatasetIO.save(dataset, file));

        assertTrue(e.getMessage().startsWith("record 0: the value of \"score\" is not valid JSON ("), e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file));
        assertEquals(List.of(file), listFolder());
    }

    private List<Path> listFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    /** Accepts {@code limit} bytes, then fails as a full disk would. */
    private static final class DiskFullAfter extends FilterOutputStream {
        private long left;

        DiskFullAfter(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException("No space left on device (simulated)");
            }
            out.write(b, off, len);
            left -= len;
        }
    }
}

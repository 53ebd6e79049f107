package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.model.Dataset;

/**
 * A data set saved by a Windows editor starts with a UTF-8 byte order mark: it opens like any other file (strictly,
 * complete, the same records as without the mark) through the loader the editor uses, and saving writes the mark back.
 */
class ByteOrderMarkTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path folder;

    @Test
    void aJsonArrayWithAByteOrderMarkOpensStrictlyAndSavesWithTheMark() throws IOException {
        Path bom = TestFiles.copy("malformed/bom.json", folder);
        byte[] withBom = Files.readAllBytes(bom);
        Path plain = Files.write(folder.resolve("plain.json"), Arrays.copyOfRange(withBom, 3, withBom.length));

        LoadResult result = DatasetIO.load(bom, false, fraction -> { }); // the data set editor's call
        Dataset without = DatasetIO.load(plain);

        assertTrue(result.isComplete(), result.summary());
        assertEquals(4, result.dataset().getRecords().size());
        assertEquals(texts(without), texts(result.dataset()), "the same records as the file without the mark");
        assertTrue(result.dataset().getLayout().isByteOrderMark());
        assertFalse(without.getLayout().isByteOrderMark());
        DatasetIO.save(result.dataset(), bom);
        assertArrayEquals(withBom, Files.readAllBytes(bom), "saved unchanged, the mark included");
        DatasetIO.save(without, plain);
        assertEquals('[', Files.readAllBytes(plain)[0], "no mark is added to a file that had none");
    }

    @Test
    void jsonLinesWithAByteOrderMarkOpenStrictlyAndSaveWithTheMark() throws IOException {
        String lines = """
                {"Question": "頭暈怎麼辦？", "Complex_CoT": "先問病史。", "Response": "請就醫。"}
                {"Question": "手麻是中風嗎？", "Complex_CoT": "看是否單側。", "Response": "盡快檢查。"}
                """;
        byte[] text = lines.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        Path file = Files.write(folder.resolve("windows.jsonl"), withBom);

        Dataset dataset = DatasetIO.load(file);

        assertEquals(2, dataset.getRecords().size());
        assertTrue(dataset.getLayout().isByteOrderMark());
        assertTrue(texts(dataset).startsWith("頭暈怎麼辦？"), texts(dataset));
        DatasetIO.save(dataset, file);
        assertArrayEquals(withBom, Files.readAllBytes(file), "saved unchanged, the mark included");
    }

    private static String texts(Dataset dataset) {
        StringBuilder all = new StringBuilder();
        dataset.getRecords().forEach(r -> all.append(r.getQuestion()).append('|'));
        return all.toString();
    }
}

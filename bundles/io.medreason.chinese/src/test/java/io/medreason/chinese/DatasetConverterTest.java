package io.medreason.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset API the workbench uses: summary figures, progress, cancellation leaving the output untouched. */
class DatasetConverterTest {

    @TempDir
    Path dir;

    private final DatasetConverter s2twp = new DatasetConverter(ChineseConverter.of("s2twp"),
            Set.copyOf(DatasetConverter.DEFAULT_FIELDS));

    @Test
    void reportsRecordsFieldsAndChangedCharacters() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), """
                {"Question":"软件","Response":"OK","Complex_CoT":"家里"}
                {"Question":"U盘"}
                """);
        long size = Files.size(in);
        List<Long> progress = new ArrayList<>();
        DatasetConverter.Summary summary = s2twp.convertFile(in, dir.resolve("out.jsonl"),
                new DatasetConverter.Progress() {
                    @Override
                    public void worked(long records, long bytesRead) {
                        progress.add(records);
                        assertTrue(bytesRead > 0 && bytesRead <= size, "bytes " + bytesRead);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
        // 软件→軟體 2, 家里→家裡 1, U盘→隨身碟 2 (length changed: the differing middle)
        assertEquals(new DatasetConverter.Summary(2, 4, 3, 5), summary);
        assertEquals(List.of(1L, 2L), progress);
    }

    @Test
    void cancellingLeavesTheOutputAsItWas() throws Exception {
        Path in = Files.writeString(dir.resolve("in.json"), "[{\"Question\":\"软件\"},{\"Question\":\"信息\"}]");
        Path out = Files.writeString(dir.resolve("out.json"), "keep me");
        assertThrows(CancellationException.class, () -> s2twp.convertFile(in, out, new DatasetConverter.Progress() {
            @Override
            public void worked(long records, long bytesRead) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        }));
        assertEquals("keep me", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void overwritesTheInputOnlyThroughAnAtomicRename() throws Exception {
        Path file = Files.writeString(dir.resolve("data.json"), "[{\"Question\":\"面瘫\",\"n\":1e3}]");
        s2twp.convertFile(file, file, DatasetConverter.NO_PROGRESS);
        assertEquals("[ {\n  \"Question\" : \"面癱\",\n  \"n\" : 1e3\n} ]", Files.readString(file));
    }
}

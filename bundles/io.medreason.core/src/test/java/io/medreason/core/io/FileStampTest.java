package io.medreason.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("data.json"), content, StandardCharsets.UTF_8);
    }

    @Test
    void anUntouchedFileIsNotChanged() throws Exception {
        Path f = file("[{\"Question\": \"頭暈？\"}]");
        assertFalse(FileStamp.of(f).changedOnDisk(f));
    }

    @Test
    void aTouchedFileWithTheSameContentIsNotChanged() throws Exception {
        Path f = file("[{\"Question\": \"頭暈？\"}]");
        FileStamp stamp = FileStamp.of(f);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        assertFalse(stamp.changedOnDisk(f));
    }

    @Test
    void aSameSizeRewriteWithTheSameTimestampIsChanged() throws Exception {
        Path f = file("[{\"Question\": \"頭暈？\"}]");
        FileTime time = Files.getLastModifiedTime(f);
        FileStamp stamp = FileStamp.of(f);
        AtomicWrite.write(f, out -> out.write("[{\"Question\": \"頭痛？\"}]".getBytes(StandardCharsets.UTF_8)));
        Files.setLastModifiedTime(f, time);
        assertTrue(stamp.changedOnDisk(f), "a rename changes the inode, and then the hash tells");
    }

    @Test
    void anInPlaceSameSizeRewriteWithANewTimeIsChanged() throws Exception {
        Path f = file("[{\"Question\": \"頭暈？\"}]");
        FileStamp stamp = FileStamp.of(f);
        Files.writeString(f, "[{\"Question\": \"頭痛？\"}]", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        assertTrue(stamp.changedOnDisk(f));
    }

    @Test
    void aDeletedFileIsChanged() throws Exception {
        Path f = file("[]");
        FileStamp stamp = FileStamp.of(f);
        Files.delete(f);
        assertTrue(stamp.changedOnDisk(f));
    }
}

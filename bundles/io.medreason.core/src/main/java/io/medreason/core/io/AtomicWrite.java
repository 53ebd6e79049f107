package io.medreason.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way MedReason replaces a file: the content goes to a temporary file in the target's folder, is flushed and
 * forced to disk ({@code fsync}), then renamed over the target, and the folder is forced so that the rename survives
 * a power cut. A crash, a {@code kill -9} or a full disk at any moment leaves either the old file or the new one,
 * never a mix; a failure deletes the temporary file.
 */
public final class AtomicWrite {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /** Replaces {@code target} with what {@code content} writes. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = tempBeside(absolute);
        boolean done = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            replace(temp, absolute);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Replaces {@code target} with {@code text} in UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new, empty temporary file in the folder of {@code target} (hidden, named after it). */
    public static Path tempBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        return Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    }

    /**
     * Renames a complete, already forced {@code temp} (a file or a folder) over {@code target} in the same folder,
     * atomically where the file system can, then forces the folder.
     */
    public static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) { // e.g. some network file systems
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    /** Forces a folder's entries (new names, renames) to disk, where the platform allows opening a folder. */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some platforms and file systems cannot open or force a folder: the rename itself is still atomic
        }
    }

    /** Forces a file that was written another way (e.g. through a mapped or positional channel) to disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}

package io.medreason.chinese;

import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a user's file atomically: into a temporary file beside it, renamed over the target only by
 * {@link #commit}; {@link #close} without commit deletes the temporary file and leaves the target untouched.
 */
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    /** Opens a temporary file beside {@code target} (whose folder must exist). */
    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName() + ".", ".tmp");
        this.stream = Channels.newOutputStream(FileChannel.open(temp, StandardOpenOption.WRITE));
    }

    /** Where to write the new content. */
    public OutputStream stream() {
        return stream;
    }

    /** Flushes and forces the content to disk, closes the stream and renames the temporary file over the target. */
    public void commit() throws IOException {
        stream.close(); // the caller may have closed it already
        AtomicWrite.force(temp);
        AtomicWrite.replace(temp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            stream.close();
            Files.deleteIfExists(temp);
        }
    }
}

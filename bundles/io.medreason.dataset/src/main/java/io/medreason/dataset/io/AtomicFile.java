package io.medreason.dataset.io;

import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Replaces a file all at once through core's {@link AtomicWrite}: the content goes to a temporary file beside it,
 * which is forced to disk and then renamed over the target. A failure at any point (an exception, a full disk, a crash) leaves the target as it was.
 */
public final class AtomicFile {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        AtomicWrite.write(target, content::writeTo);
    }
}

package io.medreason.launching;

import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.nio.file.Path;

/** Writes files the user owns atomically, through core's {@link AtomicWrite}. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code file}. */
    public static void write(Path file, String text) throws IOException {
        AtomicWrite.writeString(file, text);
    }

    /** Renames a complete {@code tmp} over {@code file}, atomically where the file system can. */
    public static void move(Path tmp, Path file) throws IOException {
        AtomicWrite.force(tmp);
        AtomicWrite.replace(tmp, file);
    }
}

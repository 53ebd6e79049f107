package io.medreason.launching;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a growing {@code metrics.jsonl}: each {@link #poll()} returns the lines completed since the last one
 * (a line still being written waits for its line break).
 */
public final class MetricsTail {

    private final Path file;
    private long offset;
    private byte[] partial = new byte[0];

    public MetricsTail(Path file) {
        this.file = file;
    }

    /** The complete lines appended since the last call (all of them on the first call). */
    public List<String> poll() throws IOException {
        List<String> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (length < offset) {
                offset = 0;
                partial = new byte[0];
            }
            if (length == offset) {
                return lines;
            }
            byte[] chunk = new byte[(int) Math.min(length - offset, 64L << 20)];
            in.seek(offset);
            in.readFully(chunk);
            offset += chunk.length;
            byte[] all = new byte[partial.length + chunk.length];
            System.arraycopy(partial, 0, all, 0, partial.length);
            System.arraycopy(chunk, 0, all, partial.length, chunk.length);
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == '\n') {
                    String line = new String(all, start, i - start, StandardCharsets.UTF_8).strip();
                    if (!line.isEmpty()) {
                        lines.add(line);
                    }
                    start = i + 1;
                }
            }
            partial = java.util.Arrays.copyOfRange(all, start, all.length);
        }
        return lines;
    }
}

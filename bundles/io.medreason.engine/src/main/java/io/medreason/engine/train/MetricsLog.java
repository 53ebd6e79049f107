package io.medreason.engine.train;

import io.medreason.core.run.RunProtocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Appends every protocol message to {@code <output>/metrics.jsonl}, one JSON object a line, flushed per line so a
 * watcher can tail the file and a crash loses at most the line being written. A resumed run appends to the same file.
 */
public final class MetricsLog extends ProtocolWriter implements AutoCloseable {

    private final Writer out;

    public MetricsLog(Path output) throws IOException {
        Files.createDirectories(output);
        out = Files.newBufferedWriter(output.resolve(RunProtocol.METRICS_FILE), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    void write(Map<String, Object> message) {
        try {
            out.write(RunProtocol.encode(message));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + RunProtocol.METRICS_FILE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}

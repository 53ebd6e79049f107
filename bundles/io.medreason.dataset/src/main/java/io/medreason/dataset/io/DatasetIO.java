package io.medreason.dataset.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;

/**
 * Reading and writing data set files: medical-o1 JSON arrays and JSON Lines ({@code Question}, {@code Complex_CoT},
 * {@code Response}), raw text ({@code text}), and Alpaca, ShareGPT and OpenAI-messages files, detected from the
 * keys of the first record.
 *
 * <pre>{@code
 * Dataset data = DatasetIO.load(Path.of("medical_o1_sft.json"));
 * for (Record r : data.getRecords()) { r.getQuestion(); r.getReasoning(); r.getResponse(); }
 * DatasetIO.save(data, Path.of("medical_o1_sft.json"));   // same bytes when nothing was edited
 * }</pre>
 *
 * Loading never writes; saving is atomic ({@link AtomicFile}). Bad input is a {@link DatasetFormatException} (a
 * {@link io.medreason.core.cli.UsageException}) naming file, line, column and record.
 */
public final class DatasetIO {

    private DatasetIO() {
    }

    /** Reads a whole file; any problem is a {@link DatasetFormatException}. */
    public static Dataset load(Path file) {
        return new DatasetReader(false, DatasetReader.DEFAULT_MAX_STRING).read(file).dataset();
    }

    /**
     * Reads what can be read: skips unreadable records, ignores a byte order mark, a trailing comma or text after the
     * end, and replaces invalid UTF-8 with U+FFFD; the result says what was skipped or repaired. Still throws when
     * no record at all is readable or the file is not a data set.
     */
    public static LoadResult loadLenient(Path file) {
        return new DatasetReader(true, DatasetReader.DEFAULT_MAX_STRING).read(file);
    }

    /** As {@link #load(Path)} or {@link #loadLenient(Path)}, with a limit on the length of one string value. */
    public static LoadResult load(Path file, boolean lenient, int maxStringLength) {
        return new DatasetReader(lenient, maxStringLength).read(file);
    }

    /**
     * As {@link #load(Path)} or {@link #loadLenient(Path)}, telling {@code progress} the fraction of the file read
     * (0 to 1, about every megabyte, on the calling thread) — for a progress bar in a background job.
     */
    public static LoadResult load(Path file, boolean lenient, java.util.function.DoubleConsumer progress) {
        return new DatasetReader(lenient, DatasetReader.DEFAULT_MAX_STRING).onProgress(progress).read(file);
    }

    /** Writes the data set to {@code file} in its own format, container and layout, atomically. */
    public static void save(Dataset dataset, Path file) throws IOException {
        save(dataset, file, dataset.getFormat(), dataset.getContainer());
    }

    /** Writes the data set in another format and/or container (Save As), atomically. */
    public static void save(Dataset dataset, Path file, DatasetFormat format, Container container) throws IOException {
        DatasetWriter writer = new DatasetWriter(dataset, format, container);
        AtomicFile.write(file, writer::write);
    }

    /** Writes the data set to a stream in its own format (no atomicity: the caller owns the stream). */
    public static void write(Dataset dataset, OutputStream out) throws IOException {
        new DatasetWriter(dataset, dataset.getFormat(), dataset.getContainer()).write(out);
    }

    /** The container a file name suggests for a new file: {@code .jsonl} is JSON Lines, anything else an array. */
    public static Container containerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Container.JSON_LINES : Container.JSON_ARRAY;
    }
}

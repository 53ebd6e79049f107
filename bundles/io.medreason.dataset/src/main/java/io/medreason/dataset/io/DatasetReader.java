package io.medreason.dataset.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;

import org.eclipse.emf.ecore.util.InternalEList;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.Record;

/**
 * Reads a data set file (a JSON array of records or JSON Lines) into a {@link Dataset}. The file is read into memory
 * once; the array / line structure is walked here and each record is parsed by Jackson's streaming parser, so an
 * error names the record, and a lenient read can skip a bad record and carry on with the next.
 *
 * <p>Strict reads throw {@link DatasetFormatException} at the first problem. Lenient reads skip unreadable records,
 * ignore a byte order mark or a trailing comma, and replace invalid UTF-8 with U+FFFD, saying so in the result.
 */
final class DatasetReader {

    /** Strict reads of files larger than this are split between two threads when there are two cores. */
    static final int PARALLEL_THRESHOLD = 8 << 20;

    /** Longest string value accepted by default (characters); longer ones are an error, not an out-of-memory. */
    static final int DEFAULT_MAX_STRING = 20_000_000;

    private final boolean lenient;
    private final JsonFactory factory;
    private final int maxString;
    private final int parallelThreshold;

    private Path file;
    private String sourceFile;
    private byte[] bytes;
    private int end;
    private Container container;
    private RecordParser records;
    private final List<Record> read = new ArrayList<>();
    private final List<SkippedRecord> skipped = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int firstStart = -1;
    private int firstEnd = -1;
    private int secondStart = -1;
    private int lastEnd = -1;
    /** Where the text after the last record starts, when not at its end (a dropped trailing comma). */
    private int tailStart = -1;
    /** Set by a lenient {@link #readOne} that skipped a record: its result is the start of the next record. */
    private boolean resynced;
    private int base;
    /** Where this reader stops: the first record of the part another thread reads. */
    private int stopAt = Integer.MAX_VALUE;
    private int parts = 1;
    private java.util.function.DoubleConsumer progress;
    private int reported;

    DatasetReader(boolean lenient, int maxString) {
        this(lenient, maxString, PARALLEL_THRESHOLD);
    }

    DatasetReader(boolean lenient, int maxString, int parallelThreshold) {
        this.lenient = lenient;
        this.maxString = maxString;
        this.parallelThreshold = parallelThreshold;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
                .build();
    }

    LoadResult read(Path path) {
        return read(path, readBytes(path), path.toAbsolutePath().toString());
    }

    /**
     * Reads a data set from the whole content of a file.
     *
     * @param name the file as messages name it
     * @param content the file's bytes (a lenient read with invalid UTF-8 works on a repaired copy)
     * @param source what {@code Dataset.sourceFile} is set to (an absolute path or a URI)
     */
    LoadResult read(Path name, byte[] content, String source) {
        file = name;
        sourceFile = source;
        bytes = content;
        end = bytes.length;
        int start = checkEncoding();
        int first = JsonBytes.skipWhitespace(bytes, start, end);
        if (first == end) {
            throw error(first, -1, "the file is empty (no records)", null);
        }
        container = switch (bytes[first]) {
            case '[' -> Container.JSON_ARRAY;
            case '{' -> Container.JSON_LINES;
            default -> throw error(first, -1, "expected a JSON array '[' of records or JSON Lines '{', found "
                    + describe(first), null);
        };
        if (!readInTwo(first)) {
            readAll(first);
        }
        if (read.isEmpty() && !skipped.isEmpty()) {
            SkippedRecord s = skipped.get(0);
            throw new DatasetFormatException(file, s.line(), s.column(), s.index(), s.reason() + " (no record readable)",
                    null);
        }
        LoadResult result = new LoadResult(dataset(start), skipped, notes);
        if (progress != null) {
            progress.accept(1.0);
        }
        return result;
    }

    private void readAll(int first) {
        if (container == Container.JSON_ARRAY) {
            readArray(first + 1);
        } else {
            readLines(first);
        }
    }

    /**
     * Reads a large file in two parts, the second on another thread, when a record boundary near the middle can be
     * found for sure (one record per line, or records on their own lines in an indented array). Returns false, with
     * nothing read, when it does not apply or the second part has a problem (the caller then reads the file in one
     * go, which reports the problem with the right record index).
     */
    private boolean readInTwo(int first) {
        if (lenient || end - first < parallelThreshold || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        int split = RecordSync.splitPoint(bytes, first, end, container);
        if (split < 0) {
            return false;
        }
        DatasetReader second = new DatasetReader(false, maxString, Integer.MAX_VALUE);
        second.file = file;
        second.bytes = bytes;
        second.end = end;
        second.container = container;
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(() -> {
            try {
                second.readAll(split - (container == Container.JSON_ARRAY ? 1 : 0));
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "dataset-reader");
        worker.setDaemon(true);
        worker.start();
        stopAt = split;
        try {
            readAll(first);
        } finally {
            stopAt = Integer.MAX_VALUE;
            join(worker);
        }
        if (failure[0] != null || second.records == null || records == null
                || second.records.format() != records.format()) {
            read.clear();
            records = null;
            firstStart = firstEnd = secondStart = lastEnd = -1;
            return false;
        }
        int offset = read.size();
        for (Record record : second.read) {
            record.setOriginalIndex(record.getOriginalIndex() + offset);
        }
        read.addAll(second.read);
        if (secondStart < 0) {
            secondStart = second.firstStart;
        }
        lastEnd = second.lastEnd;
        notes.addAll(second.notes);
        parts = 2;
        return true;
    }

    /** Tells {@code listener} the fraction of the file read (0..1), about every megabyte and at the end. */
    DatasetReader onProgress(java.util.function.DoubleConsumer listener) {
        this.progress = listener;
        return this;
    }

    private void report(int offset) {
        if (progress != null && offset - reported >= (1 << 20)) {
            reported = offset;
            progress.accept(offset / (double) end);
        }
    }

    /** How many threads read the last file (1 or 2). */
    int parts() {
        return parts;
    }

    private static void join(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Dataset dataset(int start) {
        Dataset dataset = DatasetFactory.eINSTANCE.createDataset();
        dataset.setSourceFile(sourceFile);
        dataset.setContainer(container);
        dataset.setFormat(records == null ? io.medreason.dataset.model.DatasetFormat.MEDICAL_O1 : records.format());
        dataset.setLayout(LayoutDetector.detect(bytes, start, end, container, firstStart, firstEnd, secondStart,
                tailStart >= 0 ? tailStart : lastEnd));
        dataset.getLayout().setByteOrderMark(start == JsonBytes.BOM.length);
        ((InternalEList<Record>) dataset.getRecords()).addAllUnique(read);
        return dataset;
    }

    private static byte[] readBytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new DatasetFormatException(path, -1, -1, -1, "no such file", e);
        } catch (IOException | OutOfMemoryError e) {
            throw new DatasetFormatException(path, -1, -1, -1, "cannot read the file: " + e, e);
        }
    }

    /** Checks BOM, UTF-16 and UTF-8 validity; returns where the JSON text starts. */
    private int checkEncoding() {
        if (end >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] != 0 && bytes[1] == 0 && end > 2
                && bytes[3 % end] == 0))) {
            throw error(0, -1, "the file is UTF-16 encoded; save it as UTF-8", null);
        }
        int start = 0;
        if (JsonBytes.startsWithBom(bytes, end)) {
            start = JsonBytes.BOM.length; // as Windows editors save UTF-8: read like any file, kept when saving
        }
        if (lenient) {
            int bad = Utf8Repair.firstInvalid(bytes, start);
            if (bad >= 0) {
                int[] count = new int[1];
                long[] at = JsonBytes.lineColumn(bytes, bad);
                bytes = Utf8Repair.repair(bytes, bad, count);
                end = bytes.length;
                notes.add("replaced " + count[0] + " invalid UTF-8 sequence(s) with U+FFFD, the first at line "
                        + at[0] + ", column " + at[1]);
            }
        }
        return start;
    }

    private void readArray(int from) {
        int pos = JsonBytes.skipWhitespace(bytes, from, end);
        if (pos < end && bytes[pos] == ']') {
            checkAfterEnd(pos + 1);
            return;
        }
        int index = 0;
        while (pos != stopAt) {
            if (pos >= end) {
                throw error(pos, index, "the file ends before the closing ']' (truncated?)", null);
            }
            int next = readOne(pos, index++);
            if (next < 0) {
                return; // lenient: nothing more to read
            }
            if (resynced) {
                pos = next;
                continue;
            }
            pos = JsonBytes.skipWhitespace(bytes, next, end);
            if (pos >= end) {
                lenientOr(pos, index - 1, "the file ends after this record without the closing ']' (truncated?)");
                return;
            }
            if (bytes[pos] == ']') {
                checkAfterEnd(pos + 1);
                return;
            }
            if (bytes[pos] != ',') {
                int resume = lenient ? RecordSync.nextInArray(bytes, pos, end) : -1;
                lenientOr(pos, index - 1, "expected ',' or ']' after this record, found " + describe(pos));
                if (resume < 0) {
                    return;
                }
                pos = resume;
                continue;
            }
            int comma = pos;
            pos = JsonBytes.skipWhitespace(bytes, pos + 1, end);
            if (pos < end && bytes[pos] == ']') {
                if (!lenient) {
                    throw error(comma, index - 1, "trailing comma before ']'", null);
                }
                notes.add("ignored a trailing comma after the last record (dropped when saving)");
                tailStart = comma + 1;
                checkAfterEnd(pos + 1);
                return;
            }
        }
    }

    private void readLines(int from) {
        int pos = from;
        int index = 0;
        while (pos < end && pos != stopAt) {
            int next = readOne(pos, index++);
            if (next < 0) {
                return;
            }
            if (resynced) {
                pos = next;
                continue;
            }
            pos = JsonBytes.skipWhitespace(bytes, next, end);
            if (pos < end && bytes[pos] != '{' && !lenient) {
                throw error(pos, index, "expected a record '{' at the start of a line, found " + describe(pos), null);
            }
        }
    }

    /**
     * Reads the record at {@code pos}; returns the offset after it, or, when it is unreadable and the read is lenient,
     * the start of the next record (or -1 when there is none).
     */
    private int readOne(int pos, int index) {
        resynced = false;
        base = pos;
        if (bytes[pos] != '{') {
            String reason = "is " + describe(pos) + ", not an object (a record)";
            if (!lenient) {
                throw error(pos, index, reason, null);
            }
            skip(pos, index, reason);
            if (container == Container.JSON_LINES) {
                resynced = true;
                return RecordSync.nextLine(bytes, pos, end);
            }
            return Math.min(end, JsonBytes.valueEnd(bytes, pos, end));
        }
        try (JsonParser parser = factory.createParser(bytes, pos, end - pos)) {
            parser.nextToken();
            base = pos - (int) parser.currentTokenLocation().getByteOffset();
            if (records == null) {
                records = RecordParser.detect(factory, bytes, pos, end, index, file, this::error);
            }
            Record record = records.read(parser, bytes, base, end, index);
            int after = base + (int) parser.currentLocation().getByteOffset();
            noteSpan(pos, after);
            report(after);
            read.add(record);
            return after;
        } catch (JsonProcessingException e) {
            int at = e.getLocation() == null || e.getLocation().getByteOffset() < 0 ? pos
                    : Math.min(end, base + (int) e.getLocation().getByteOffset());
            String reason = reason(e, at);
            int lineEnd = container == Container.JSON_LINES ? RecordSync.lineEnd(bytes, pos, end) : end;
            if (at > lineEnd) {
                at = lineEnd;
                reason = "the line ends before the record does (one record per line in JSON Lines)";
            }
            if (!lenient) {
                throw error(at, index, reason, e);
            }
            skip(at, index, reason);
            resynced = true;
            return container == Container.JSON_ARRAY ? RecordSync.nextInArray(bytes, at, end)
                    : RecordSync.nextLine(bytes, at, end);
        } catch (IOException e) {
            throw error(pos, index, e.toString(), e);
        }
    }

    private void noteSpan(int start, int after) {
        if (firstStart < 0) {
            firstStart = start;
            firstEnd = after;
        } else if (secondStart < 0) {
            secondStart = start;
        }
        lastEnd = after;
    }

    private void checkAfterEnd(int pos) {
        lastEnd = lastEnd < 0 ? -1 : lastEnd;
        int rest = JsonBytes.skipWhitespace(bytes, pos, end);
        if (rest < end) {
            String what = bytes[rest] == 0 ? "NUL bytes" : describe(rest);
            if (!lenient) {
                throw error(rest, -1, what + " after the closing ']'", null);
            }
            notes.add("ignored " + what + " after the closing ']' (dropped when saving)");
            end = rest;
        }
    }

    private void lenientOr(int at, int index, String reason) {
        if (!lenient) {
            throw error(at, index, reason, null);
        }
        long[] lc = JsonBytes.lineColumn(bytes, at);
        notes.add("line " + lc[0] + ", column " + lc[1] + ": " + reason);
    }

    private void skip(int at, int index, String reason) {
        long[] lc = JsonBytes.lineColumn(bytes, at);
        skipped.add(new SkippedRecord(index, lc[0], lc[1], reason));
    }

    DatasetFormatException error(int offset, int index, String reason, Throwable cause) {
        long[] lc = JsonBytes.lineColumn(bytes, offset);
        return new DatasetFormatException(file, lc[0], lc[1], index, reason, cause);
    }

    private String reason(JsonProcessingException e, int at) {
        return ErrorText.reason(e, bytes, at, end, maxString);
    }

    private String describe(int pos) {
        return ErrorText.describe(bytes, pos, end);
    }
}

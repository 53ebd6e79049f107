package io.medreason.dataset.io;

import java.nio.file.Path;

import io.medreason.core.cli.UsageException;

/**
 * A data set file that cannot be read: the one-line message names the file, the line and column (1-based, in
 * characters) and the record (0-based index), e.g. {@code data.json:120:7: record 41: trailing comma before ']'}.
 * Line, column and record are -1 where they do not apply (an unreadable or empty file).
 */
public class DatasetFormatException extends UsageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long column;
    private final int recordIndex;
    private final String reason;

    public DatasetFormatException(Path file, long line, long column, int recordIndex, String reason, Throwable cause) {
        super(format(file, line, column, recordIndex, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.recordIndex = recordIndex;
        this.reason = reason;
    }

    private static String format(Path file, long line, long column, int recordIndex, String reason) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (recordIndex >= 0) {
            text.append("record ").append(recordIndex).append(": ");
        }
        return text.append(reason).toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or -1. */
    public long line() {
        return line;
    }

    /** 1-based column in characters, or -1. */
    public long column() {
        return column;
    }

    /** 0-based index of the record being read, or -1. */
    public int recordIndex() {
        return recordIndex;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }
}

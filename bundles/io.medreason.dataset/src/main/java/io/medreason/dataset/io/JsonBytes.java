package io.medreason.dataset.io;

/**
 * Byte-level helpers over UTF-8 JSON text: the byte order mark, whitespace, the end of a value, and line/column of
 * an offset. They assume text that a JSON parser has accepted (or is about to check), so they never validate.
 */
final class JsonBytes {

    /** The UTF-8 byte order mark EF BB BF. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private JsonBytes() {
    }

    /** Whether the first {@code end} bytes start with the UTF-8 byte order mark. */
    static boolean startsWithBom(byte[] bytes, int end) {
        return end >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** The first offset at or after {@code from} that is not JSON whitespace (or {@code end}). */
    static int skipWhitespace(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && isWhitespace(bytes[i])) {
            i++;
        }
        return i;
    }

    /** The offset just after the JSON value that starts at {@code start}. */
    static int valueEnd(byte[] bytes, int start, int end) {
        byte first = bytes[start];
        if (first == '"') {
            return stringEnd(bytes, start, end);
        }
        if (first == '{' || first == '[') {
            return containerEnd(bytes, start, end);
        }
        int i = start;
        while (i < end && !isWhitespace(bytes[i]) && bytes[i] != ',' && bytes[i] != ']' && bytes[i] != '}') {
            i++;
        }
        return i;
    }

    /** The offset just after the closing quote of the string that starts at {@code start}. */
    static int stringEnd(byte[] bytes, int start, int end) {
        int i = start + 1;
        while (i < end) {
            byte b = bytes[i];
            if (b == '\\') {
                i += 2;
            } else if (b == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return end;
    }

    private static int containerEnd(byte[] bytes, int start, int end) {
        int depth = 0;
        int i = start;
        while (i < end) {
            byte b = bytes[i];
            if (b == '"') {
                i = stringEnd(bytes, i, end);
                continue;
            }
            if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return end;
    }

    /** 1-based line and column (in characters, not bytes) of {@code offset}; {@code [line, column]}. */
    static long[] lineColumn(byte[] bytes, int offset) {
        int limit = Math.min(offset, bytes.length);
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        long column = 1;
        for (int i = lineStart; i < limit; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new long[] {line, column};
    }
}

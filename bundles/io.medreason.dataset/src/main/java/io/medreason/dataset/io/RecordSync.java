package io.medreason.dataset.io;

/**
 * Finds where the next record starts after an unreadable one, for lenient reads. Heuristic: in an array, a '{' whose
 * previous non-blank character is ',' or '}' (after a '}'); in JSON Lines, the next line.
 */
final class RecordSync {

    private RecordSync() {
    }

    /** Offset of the '{' of the next record of an array after {@code from}, or -1. */
    static int nextInArray(byte[] bytes, int from, int end) {
        for (int i = Math.max(from, 1); i < end; i++) {
            if (bytes[i] != '{') {
                continue;
            }
            int before = previousNonBlank(bytes, i);
            if (before >= 0 && bytes[before] == '}') {
                return i;
            }
            if (before >= 0 && bytes[before] == ',') {
                int beforeComma = previousNonBlank(bytes, before);
                if (beforeComma >= 0 && bytes[beforeComma] == '}') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Offset of the first non-blank character of the line after {@code from}, or -1 at the end of the file. */
    static int nextLine(byte[] bytes, int from, int end) {
        int next = JsonBytes.skipWhitespace(bytes, lineEnd(bytes, from, end), end);
        return next < end ? next : -1;
    }

    /**
     * A record start near the middle of the file that is certainly a record start, or -1: in JSON Lines the first
     * '{' of the first line after the middle; in an array whose first record starts its own line, a line after the
     * middle that starts with that record's indentation and '{' and follows a line ending in "}," (raw newlines
     * cannot occur inside JSON strings, and nested objects are indented deeper).
     */
    static int splitPoint(byte[] bytes, int first, int end, io.medreason.dataset.model.Container container) {
        int middle = first + (end - first) / 2;
        if (container == io.medreason.dataset.model.Container.JSON_LINES) {
            int next = nextLine(bytes, middle, end);
            return next >= 0 && bytes[next] == '{' && bytes[previousNonBlank(bytes, next)] == '}' ? next : -1;
        }
        int record = JsonBytes.skipWhitespace(bytes, first + 1, end);
        int lineStart = record;
        while (lineStart > first + 1 && bytes[lineStart - 1] != '\n') {
            lineStart--;
        }
        if (lineStart == first + 1 || bytes[lineStart - 1] != '\n' || record >= end) {
            return -1; // the first record does not start its own line
        }
        int indent = record - lineStart;
        for (int i = lineEnd(bytes, middle, end); i < end; i = lineEnd(bytes, i + 1, end)) {
            int candidate = i + 1 + indent;
            if (candidate < end && bytes[candidate] == '{' && sameIndent(bytes, i + 1, lineStart, indent)) {
                int comma = previousNonBlank(bytes, i);
                if (comma > 0 && bytes[comma] == ',' && bytes[previousNonBlank(bytes, comma)] == '}') {
                    return candidate;
                }
            }
        }
        return -1;
    }

    private static boolean sameIndent(byte[] bytes, int at, int reference, int length) {
        for (int k = 0; k < length; k++) {
            if (bytes[at + k] != bytes[reference + k]) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the '\n' ending the line that contains {@code from} (or {@code end}). */
    static int lineEnd(byte[] bytes, int from, int end) {
        int i = from;
        while (i < end && bytes[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int previousNonBlank(byte[] bytes, int i) {
        int k = i - 1;
        while (k >= 0 && JsonBytes.isWhitespace(bytes[k])) {
            k--;
        }
        return k;
    }
}

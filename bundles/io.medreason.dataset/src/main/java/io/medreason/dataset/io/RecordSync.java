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

package io.medreason.dataset.io;

import java.nio.charset.StandardCharsets;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.JsonLayout;

/**
 * Reads how a file was written from its bytes: the text around and between records (taken literally), the
 * whitespace inside the first record, and how strings were escaped.
 */
final class LayoutDetector {

    private LayoutDetector() {
    }

    /** The default layout of a container: Python's {@code json.dump(indent=2, ensure_ascii=False)} or JSON Lines. */
    static JsonLayout defaults(Container container) {
        JsonLayout layout = DatasetFactory.eINSTANCE.createJsonLayout();
        if (container == Container.JSON_ARRAY) {
            layout.setHead("[\n  ");
            layout.setRecordSeparator(",\n  ");
            layout.setTail("\n]");
            layout.setFieldIndent("\n    ");
            layout.setFieldSeparator(",\n    ");
            layout.setCloseIndent("\n  ");
        } else {
            layout.setHead("");
            layout.setRecordSeparator("\n");
            layout.setTail("\n");
            layout.setFieldIndent("");
            layout.setFieldSeparator(", ");
            layout.setCloseIndent("");
        }
        layout.setKeySeparator(": ");
        return layout;
    }

    /**
     * The layout of a file whose content starts at {@code start} (after any BOM): the spans of the first record
     * ({@code first}), the start of the second ({@code secondStart}, -1 if none) and the end of the last record.
     */
    static JsonLayout detect(byte[] bytes, int start, int end, Container container, int firstStart, int firstEnd,
            int secondStart, int lastEnd) {
        JsonLayout layout = defaults(container);
        if (firstStart < 0) {
            emptyFile(layout, bytes, start, end, container);
        } else {
            layout.setHead(text(bytes, start, firstStart));
            layout.setTail(text(bytes, lastEnd, end));
            if (secondStart >= 0) {
                layout.setRecordSeparator(text(bytes, firstEnd, secondStart));
            } else if (container == Container.JSON_ARRAY) {
                layout.setRecordSeparator("," + layout.getHead().substring(layout.getHead().indexOf('[') + 1));
            } else if (layout.getTail().startsWith("\r\n")) {
                layout.setRecordSeparator("\r\n");
            }
            recordWhitespace(layout, bytes, firstStart, firstEnd);
        }
        escapes(layout, bytes, start, end);
        return layout;
    }

    /** An empty file keeps its text; recordSeparator null says "no record seen" (records added get the defaults). */
    private static void emptyFile(JsonLayout layout, byte[] bytes, int start, int end, Container container) {
        layout.setRecordSeparator(null);
        if (container == Container.JSON_ARRAY) {
            int open = JsonBytes.skipWhitespace(bytes, start, end) + 1;
            int close = JsonBytes.skipWhitespace(bytes, open, end);
            layout.setHead(text(bytes, start, close));
            layout.setTail(text(bytes, close, end));
        } else {
            layout.setHead(text(bytes, start, end));
            layout.setTail("");
        }
    }

    /** Whitespace inside the record spanning [start, end): after '{', around ':', between members, before '}'. */
    private static void recordWhitespace(JsonLayout layout, byte[] bytes, int start, int end) {
        int key = JsonBytes.skipWhitespace(bytes, start + 1, end);
        if (bytes[key] == '}') {
            return; // an empty record tells nothing
        }
        layout.setFieldIndent(text(bytes, start + 1, key));
        boolean separatorSeen = false;
        while (true) {
            int keyEnd = JsonBytes.stringEnd(bytes, key, end);
            int value = JsonBytes.skipWhitespace(bytes, JsonBytes.skipWhitespace(bytes, keyEnd, end) + 1, end);
            layout.setKeySeparator(text(bytes, keyEnd, value));
            int valueEnd = JsonBytes.valueEnd(bytes, value, end);
            int next = JsonBytes.skipWhitespace(bytes, valueEnd, end);
            if (bytes[next] != ',') {
                layout.setCloseIndent(text(bytes, valueEnd, next));
                break;
            }
            key = JsonBytes.skipWhitespace(bytes, next + 1, end);
            if (!separatorSeen) {
                layout.setFieldSeparator(text(bytes, valueEnd, key));
                separatorSeen = true;
            }
        }
        if (!separatorSeen) {
            layout.setFieldSeparator("," + (layout.getFieldIndent().isEmpty() ? " " : layout.getFieldIndent()));
        }
    }

    /** Counts escapes in the whole file: backslash-u escapes of non-ASCII characters, escaped slashes, hex case. */
    private static void escapes(JsonLayout layout, byte[] bytes, int start, int end) {
        long rawNonAscii = 0;
        long escapedNonAscii = 0;
        long escapedSlashes = 0;
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            byte b = bytes[i];
            if (b < 0) {
                rawNonAscii++;
            } else if (b == '\\' && i + 1 < end) {
                byte next = bytes[++i];
                if (next == '/') {
                    escapedSlashes++;
                } else if (next == 'u' && i + 4 < end) {
                    int value = 0;
                    for (int k = 1; k <= 4; k++) {
                        int c = bytes[i + k];
                        upper += c >= 'A' && c <= 'F' ? 1 : 0;
                        lower += c >= 'a' && c <= 'f' ? 1 : 0;
                        value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
                    }
                    escapedNonAscii += value >= 0x80 ? 1 : 0;
                    i += 4;
                }
            }
        }
        layout.setEscapeNonAscii(escapedNonAscii > 0 && rawNonAscii == 0);
        layout.setEscapeSlash(escapedSlashes > 0);
        layout.setUpperCaseHex(upper > lower);
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }
}

package io.medreason.dataset.io;

import java.io.IOException;

import io.medreason.dataset.model.JsonLayout;

/**
 * Writes JSON string literals the way the file was written: characters as UTF-8 or as backslash-u escapes, '/' plain or
 * escaped, hexadecimal digits in lower or upper case. Control characters use the short escapes (\n, \t...) that
 * Python, JavaScript and Jackson all use.
 */
final class JsonStringWriter {

    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    private final boolean escapeNonAscii;
    private final boolean escapeSlash;
    private final char[] hex;

    JsonStringWriter(JsonLayout layout) {
        this.escapeNonAscii = layout.isEscapeNonAscii();
        this.escapeSlash = layout.isEscapeSlash();
        this.hex = layout.isUpperCaseHex() ? UPPER : LOWER;
    }

    void write(Utf8Output out, String value) throws IOException {
        out.writeByte('"');
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    out.writeByte('\\');
                } else if (c == '/' && escapeSlash) {
                    out.writeByte('\\');
                }
                out.writeByte(c);
            } else if (c < 0x20) {
                writeControl(out, c);
            } else if (escapeNonAscii) {
                writeEscape(out, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.writeCodePoint(Character.toCodePoint(c, value.charAt(++i)));
            } else if (Character.isSurrogate(c)) {
                writeEscape(out, c); // a lone surrogate has no UTF-8 form
            } else {
                out.writeCodePoint(c);
            }
        }
        out.writeByte('"');
    }

    /** The string literal as text (for raw JSON fields built in memory). */
    String quote(String value) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(value.length() + 16);
        try {
            Utf8Output out = new Utf8Output(bytes);
            write(out, value);
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void writeControl(Utf8Output out, char c) throws IOException {
        char shortForm = switch (c) {
            case '\n' -> 'n';
            case '\r' -> 'r';
            case '\t' -> 't';
            case '\b' -> 'b';
            case '\f' -> 'f';
            default -> 0;
        };
        if (shortForm != 0) {
            out.writeByte('\\');
            out.writeByte(shortForm);
        } else {
            writeEscape(out, c);
        }
    }

    private void writeEscape(Utf8Output out, char c) throws IOException {
        out.writeByte('\\');
        out.writeByte('u');
        out.writeByte(hex[(c >> 12) & 0xF]);
        out.writeByte(hex[(c >> 8) & 0xF]);
        out.writeByte(hex[(c >> 4) & 0xF]);
        out.writeByte(hex[c & 0xF]);
    }
}

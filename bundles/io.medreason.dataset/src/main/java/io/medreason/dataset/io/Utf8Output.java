package io.medreason.dataset.io;

import java.io.IOException;
import java.io.OutputStream;

/** A buffered UTF-8 byte output with the small set of writes the JSON writer needs (not thread-safe). */
final class Utf8Output {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    Utf8Output(OutputStream out) {
        this.out = out;
    }

    void writeByte(int b) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = (byte) b;
    }

    void writeBytes(byte[] bytes) throws IOException {
        writeBytes(bytes, 0, bytes.length);
    }

    void writeBytes(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    /** Writes {@code text} as UTF-8 without any escaping (layout text and raw JSON). */
    void writeRaw(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                writeByte(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                writeCodePoint(Character.toCodePoint(c, text.charAt(++i)));
            } else {
                writeCodePoint(c);
            }
        }
    }

    /** Writes one code point as UTF-8 (a lone surrogate is written as its 3-byte form). */
    void writeCodePoint(int cp) throws IOException {
        if (cp < 0x80) {
            writeByte(cp);
        } else if (cp < 0x800) {
            writeByte(0xC0 | (cp >> 6));
            writeByte(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            writeByte(0xE0 | (cp >> 12));
            writeByte(0x80 | ((cp >> 6) & 0x3F));
            writeByte(0x80 | (cp & 0x3F));
        } else {
            writeByte(0xF0 | (cp >> 18));
            writeByte(0x80 | ((cp >> 12) & 0x3F));
            writeByte(0x80 | ((cp >> 6) & 0x3F));
            writeByte(0x80 | (cp & 0x3F));
        }
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    private void flushBuffer() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}

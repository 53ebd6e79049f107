package io.medreason.dataset.io;

import java.io.ByteArrayOutputStream;

/** Finds invalid UTF-8 and, for a lenient load, replaces each invalid sequence with U+FFFD. */
final class Utf8Repair {

    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    private Utf8Repair() {
    }

    /** Offset of the first byte of the first invalid sequence at or after {@code from}, or -1 when all is valid. */
    static int firstInvalid(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            if (bytes[i] >= 0) {
                i++;
                continue;
            }
            int length = validLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** A copy with every invalid sequence from {@code firstInvalid} on replaced by U+FFFD; counts in {@code count[0]}. */
    static byte[] repair(byte[] bytes, int firstInvalid, int[] count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
        out.write(bytes, 0, firstInvalid);
        int i = firstInvalid;
        while (i < bytes.length) {
            int length = bytes[i] >= 0 ? 1 : validLength(bytes, i);
            if (length == 0) {
                out.write(REPLACEMENT, 0, REPLACEMENT.length);
                count[0]++;
                i++;
                while (i < bytes.length && (bytes[i] & 0xC0) == 0x80) {
                    i++;
                }
            } else {
                out.write(bytes, i, length);
                i += length;
            }
        }
        return out.toByteArray();
    }

    /** Length of the valid multi-byte sequence at {@code i}, or 0 when it is invalid. */
    private static int validLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int cp = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int c = bytes[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
        return cp < min || cp > 0x10FFFF || surrogate ? 0 : length;
    }
}

package io.medreason.engine.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of generated tokens into text without ever cutting a UTF-8 character: bytes of an incomplete
 * sequence wait for the next token; bytes that can never form a character become U+FFFD.
 */
public final class Utf8Stream {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** Adds bytes and returns the text that is now complete (possibly empty). */
    public String push(byte[] bytes) {
        pending.writeBytes(bytes);
        byte[] buf = pending.toByteArray();
        int complete = completePrefix(buf);
        pending.reset();
        pending.write(buf, complete, buf.length - complete);
        return new String(buf, 0, complete, StandardCharsets.UTF_8);
    }

    /** Whatever is left (an incomplete character becomes U+FFFD). */
    public String flush() {
        String rest = pending.toString(StandardCharsets.UTF_8);
        pending.reset();
        return rest;
    }

    /** Length of the longest prefix that does not end inside a character that may still complete. */
    static int completePrefix(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int need = sequenceLength(b[i] & 0xFF);
            if (need <= 1) {
                i++;
                continue;
            }
            int j = 1;
            while (j < need && i + j < b.length && (b[i + j] & 0xC0) == 0x80) {
                j++;
            }
            if (j < need && i + j == b.length) {
                return i; // a character still arriving
            }
            i += j; // complete, or broken (decoded as U+FFFD)
        }
        return b.length;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        if (lead >= 0xE0) {
            return lead <= 0xEF ? 3 : 1;
        }
        if (lead >= 0xC2) {
            return 2;
        }
        return 1;
    }
}

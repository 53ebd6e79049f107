package io.medreason.dataset.io;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** The one-line reasons of read errors, from Jackson's messages and the bytes around the error. */
final class ErrorText {

    private ErrorText() {
    }

    /** The reason of a parser error at {@code at}, in the user's words where we can tell (truncation, NUL...). */
    static String reason(JsonProcessingException e, byte[] bytes, int at, int end, int maxString) {
        if (e instanceof StreamConstraintsException) {
            return "a value longer than the limit of " + maxString + " characters (" + e.getOriginalMessage() + ")";
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            message = e.toString();
        }
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        if (message.startsWith("Unexpected end-of-input")) {
            return "the file ends inside this record (truncated?)";
        }
        if (at < end && bytes[at] == 0 || at > 0 && at - 1 < end && bytes[at - 1] == 0) {
            return "NUL byte (the file may be damaged): " + message;
        }
        int before = at - 1;
        while (before > 0 && JsonBytes.isWhitespace(bytes[before])) {
            before--;
        }
        if (at < end && bytes[at] == '}' && before >= 0 && bytes[before] == ',') {
            return "trailing comma before '}'";
        }
        return message;
    }

    /** What starts at {@code pos}: "a string", "a number", "'x'", "the end of the file"... */
    static String describe(byte[] bytes, int pos, int end) {
        if (pos >= end) {
            return "the end of the file";
        }
        byte b = bytes[pos];
        return switch (b) {
            case '"' -> "a string";
            case '[' -> "an array";
            case '{' -> "an object";
            case 't', 'f' -> "a boolean";
            case 'n' -> "null";
            case 0 -> "a NUL byte";
            default -> (b == '-' || (b >= '0' && b <= '9')) ? "a number"
                    : b > 0x20 && b < 0x7F ? "'" + (char) b + "'"
                    : "byte 0x" + Integer.toHexString(b & 0xFF) + " ('" + new String(bytes, pos,
                            Math.min(4, end - pos), StandardCharsets.UTF_8).charAt(0) + "')";
        };
    }
}

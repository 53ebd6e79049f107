package io.medreason.engine.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes behind each token id of a byte-level BPE {@code tokenizer.json} (GPT-2's byte↔unicode table): lets the
 * generator stream raw bytes and cut text only at whole UTF-8 characters. Added tokens map to their UTF-8 content.
 */
final class ByteLevelVocab {

    private final byte[][] bytes;
    private final Map<String, Integer> added;

    private ByteLevelVocab(byte[][] bytes, Map<String, Integer> added) {
        this.bytes = bytes;
        this.added = added;
    }

    static ByteLevelVocab read(Path tokenizerJson) throws IOException {
        int[] unicodeToByte = unicodeToByte();
        Map<Integer, byte[]> byId = new HashMap<>();
        Map<String, Integer> added = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(tokenizerJson.toFile())) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("model")) {
                    readModel(p, unicodeToByte, byId);
                } else if (field.equals("added_tokens")) {
                    readAdded(p, byId, added);
                } else {
                    p.skipChildren();
                }
            }
        }
        int max = byId.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        byte[][] table = new byte[max + 1][];
        byId.forEach((id, b) -> table[id] = b);
        return new ByteLevelVocab(table, added);
    }

    private static void readModel(JsonParser p, int[] unicodeToByte, Map<Integer, byte[]> byId) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!field.equals("vocab")) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String token = p.currentName();
                p.nextToken();
                byId.put(p.getIntValue(), decodeToken(token, unicodeToByte));
            }
        }
    }

    private static void readAdded(JsonParser p, Map<Integer, byte[]> byId, Map<String, Integer> added)
            throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int id = -1;
            String content = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("id")) {
                    id = p.getIntValue();
                } else if (field.equals("content")) {
                    content = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (id >= 0 && content != null) {
                byId.put(id, content.getBytes(StandardCharsets.UTF_8));
                added.put(content, id);
            }
        }
    }

    private static byte[] decodeToken(String token, int[] unicodeToByte) {
        byte[] out = new byte[token.length()];
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int b = c < unicodeToByte.length ? unicodeToByte[c] : -1;
            if (b < 0) {
                return token.getBytes(StandardCharsets.UTF_8); // not byte-level: keep the text
            }
            out[n++] = (byte) b;
        }
        return out;
    }

    /** GPT-2's bytes_to_unicode, inverted: printable bytes stand for themselves, the rest for 256 + n. */
    private static int[] unicodeToByte() {
        int[] table = new int[512];
        java.util.Arrays.fill(table, -1);
        int next = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            table[printable ? b : 256 + next++] = b;
        }
        return table;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual);
        }
    }

    /** The bytes of a token (empty for an unknown id). */
    byte[] bytes(long id) {
        return id >= 0 && id < bytes.length && bytes[(int) id] != null ? bytes[(int) id] : new byte[0];
    }

    /** The id of an added (special) token, or -1. */
    int addedId(String content) {
        return added.getOrDefault(content, -1);
    }

    int size() {
        return bytes.length;
    }
}

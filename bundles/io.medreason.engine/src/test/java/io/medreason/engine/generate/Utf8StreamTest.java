package io.medreason.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Streaming never cuts a UTF-8 character. */
class Utf8StreamTest {

    @Test
    void chineseCharacterSplitAcrossTokensIsHeldBack() {
        byte[] bytes = "頭暈😀a".getBytes(StandardCharsets.UTF_8);
        Utf8Stream s = new Utf8Stream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            String piece = s.push(new byte[] {bytes[i]});
            assertEquals(-1, piece.indexOf('\uFFFD'), "piece after byte " + i);
            out.append(piece);
        }
        out.append(s.flush());
        assertEquals("頭暈😀a", out.toString());
        assertEquals("", new Utf8Stream().push(Arrays.copyOf("頭".getBytes(StandardCharsets.UTF_8), 2)));
    }

    @Test
    void brokenBytesBecomeReplacementCharacters() {
        Utf8Stream s = new Utf8Stream();
        assertEquals("a\uFFFDb", s.push(new byte[] {'a', (byte) 0xE9, 'b'}));
        assertEquals("\uFFFD", s.push(new byte[] {(byte) 0xFF}));
        assertEquals("", s.push(new byte[] {(byte) 0xE9, (byte) 0xA0}));
        assertEquals("\uFFFD", s.flush());
    }
}

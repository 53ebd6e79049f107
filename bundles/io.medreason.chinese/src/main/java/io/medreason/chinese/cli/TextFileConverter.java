package io.medreason.chinese.cli;

import io.medreason.chinese.ChineseConverter;
import io.medreason.core.cli.UsageException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Converts UTF-8 text line by line, keeping each line's ending ({@code \n}, {@code \r\n} or none at the end).
 * Input that is not UTF-8 is a {@link UsageException} naming the source and the line.
 */
final class TextFileConverter {

    private final ChineseConverter converter;

    TextFileConverter(ChineseConverter converter) {
        this.converter = converter;
    }

    /** @return the number of lines converted */
    long convert(InputStream in, OutputStream out, String sourceName) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        byte[] buffer = new byte[1 << 16];
        long lines = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i + 1 - start);
                    writeLine(line, decoder, out, sourceName, ++lines);
                    start = i + 1;
                }
            }
            line.write(buffer, start, n - start);
        }
        if (line.size() > 0) {
            writeLine(line, decoder, out, sourceName, ++lines);
        }
        return lines;
    }

    private void writeLine(ByteArrayOutputStream bytes, CharsetDecoder decoder, OutputStream out, String sourceName,
            long number) throws IOException {
        String text;
        try {
            text = decoder.reset().decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(sourceName + ": line " + number + " is not valid UTF-8");
        }
        bytes.reset();
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
            if (end > 0 && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        out.write(converter.convert(text.substring(0, end)).getBytes(StandardCharsets.UTF_8));
        out.write(text.substring(end).getBytes(StandardCharsets.UTF_8));
    }
}

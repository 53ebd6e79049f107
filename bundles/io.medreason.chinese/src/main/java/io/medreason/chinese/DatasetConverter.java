package io.medreason.chinese.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import io.medreason.chinese.ChineseConverter;
import io.medreason.core.cli.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.util.Set;

/**
 * Converts chosen string fields of dataset records with Jackson streaming, token by token: a JSON array of objects
 * or JSON Lines (one object a line). Every other key and value is copied exactly (numbers keep their text), key
 * order is kept and non-ASCII text is written as characters.
 */
final class DatasetConverter {

    /** Counts of one run. */
    record Summary(long records, long fieldsConverted, long fieldsChanged) {
    }

    /** Writes characters outside the BMP (emoji) as UTF-8, not as {@code \\uD83D\\uDE00} escapes. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final ChineseConverter converter;
    private final Set<String> fields;

    DatasetConverter(ChineseConverter converter, Set<String> fields) {
        this.converter = converter;
        this.fields = fields;
    }

    Summary convert(InputStream input, OutputStream output, String sourceName) throws IOException {
        PushbackInputStream in = new PushbackInputStream(input, 4);
        boolean array = startsWithArray(in);
        int recordDepth = array ? 1 : 0;
        long records = 0;
        long converted = 0;
        long changed = 0;
        try (JsonParser parser = JSON.createParser(in); JsonGenerator generator = JSON.createGenerator(output)) {
            generator.setPrettyPrinter(array ? new DefaultPrettyPrinter() : new MinimalPrettyPrinter("\n"));
            int depth = 0;
            boolean convertValue = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (convertValue && token == JsonToken.VALUE_STRING) {
                    String source = parser.getText();
                    String target = converter.convert(source);
                    generator.writeString(target);
                    converted++;
                    changed += target.equals(source) ? 0 : 1;
                    convertValue = false;
                    continue;
                }
                convertValue = token == JsonToken.FIELD_NAME && depth == recordDepth + 1
                        && fields.contains(parser.currentName());
                if (token == JsonToken.START_OBJECT && depth == recordDepth) {
                    records++;
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                generator.copyCurrentEventExact(parser);
            }
            if (!array) {
                generator.writeRaw('\n');
            }
        } catch (JsonProcessingException e) {
            throw new UsageException(sourceName + ": record " + (records == 0 ? 1 : records) + ": "
                    + oneLine(e.getOriginalMessage()) + location(e));
        }
        return new Summary(records, converted, changed);
    }

    /** Skips a UTF-8 byte order mark and whitespace, then tells whether the data is a JSON array. */
    private static boolean startsWithArray(PushbackInputStream in) throws IOException {
        int b = in.read();
        if (b == 0xEF) {
            int b2 = in.read();
            int b3 = in.read();
            if (b2 != 0xBB || b3 != 0xBF) {
                throw new UsageException("input does not start with valid UTF-8");
            }
            b = in.read();
        }
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = in.read();
        }
        if (b >= 0) {
            in.unread(b);
        }
        return b == '[';
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String oneLine(String message) {
        return message == null ? "invalid JSON" : message.lines().findFirst().orElse("invalid JSON");
    }
}

package io.medreason.engine.train;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.medreason.core.cli.UsageException;
import io.medreason.core.template.SftRecord;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads training records, streaming: a JSON array or JSON Lines of medical-o1 records ({@code Question},
 * {@code Complex_CoT}, {@code Response}; other keys ignored) or of raw text records ({@code {"text": …}}). Every
 * error names the file, the record index (0-based) and the field.
 */
public final class RecordReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordReader() {
    }

    /** All records of {@code file}. */
    public static List<SftRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("data file " + file + " does not exist");
        }
        List<SftRecord> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = MAPPER.getFactory().createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    records.add(toRecord(file, records.size(), MAPPER.readTree(p)));
                }
                if (p.currentToken() != JsonToken.END_ARRAY) {
                    throw new UsageException(file + ": record " + records.size() + " is not a JSON object");
                }
            } else {
                while (p.currentToken() != null) {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw new UsageException(file + ": record " + records.size() + " is not a JSON object");
                    }
                    records.add(toRecord(file, records.size(), MAPPER.readTree(p)));
                    p.nextToken();
                }
            }
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": record " + records.size() + ": invalid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new UsageException(file + " holds no records");
        }
        return records;
    }

    static SftRecord toRecord(Path file, int index, JsonNode node) {
        if (node.has("text") && !node.has("Question")) {
            return SftRecord.text(field(file, index, node, "text"));
        }
        if (!node.has("Question")) {
            throw new UsageException(file + ": record " + index + ": no field 'Question' (medical-o1) or 'text' (raw)");
        }
        String cot = node.has("Complex_CoT") ? field(file, index, node, "Complex_CoT") : "";
        return SftRecord.of(field(file, index, node, "Question"), cot, field(file, index, node, "Response"));
    }

    private static String field(Path file, int index, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new UsageException(file + ": record " + index + ": field '" + name + "' is missing");
        }
        if (!value.isTextual()) {
            throw new UsageException(file + ": record " + index + ": field '" + name + "' is not a string");
        }
        return value.asText();
    }
}

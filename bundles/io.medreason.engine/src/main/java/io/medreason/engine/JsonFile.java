package io.medreason.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.medreason.core.cli.UsageException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a model or adapter folder's JSON file ({@code config.json}, {@code adapter_config.json}, the shard index,
 * {@code generation_config.json}); bad input becomes a one-line {@link UsageException} with the file, line and
 * column — never Jackson's multi-line message.
 */
public final class JsonFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFile() {
    }

    /** The file's JSON value (never null: an empty file is an error). */
    public static JsonNode read(Path file) {
        try {
            JsonNode node = JSON.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new UsageException(file + ": empty file, expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": not valid JSON" + where(e.getLocation()) + " ("
                    + oneLine(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The first line of a message, cut to 200 characters. */
    public static String oneLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

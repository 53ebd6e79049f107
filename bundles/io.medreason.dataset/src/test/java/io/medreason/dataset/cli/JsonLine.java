package io.medreason.dataset.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** Parses a JSON object of numbers, strings and nested objects (what {@code stats --json} prints) into maps. */
final class JsonLine {

    private JsonLine() {
    }

    static Map<String, Object> parse(String line) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(line)) {
            parser.nextToken();
            Map<String, Object> map = object(parser);
            if (parser.nextToken() != null) {
                throw new IOException("text after the object: " + line);
            }
            return map;
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("not an object at " + parser.currentLocation());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            map.put(key, switch (value) {
                case START_OBJECT -> object(parser);
                case VALUE_NUMBER_INT -> parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_STRING -> parser.getText();
                default -> throw new IOException("unexpected " + value);
            });
        }
        return map;
    }
}

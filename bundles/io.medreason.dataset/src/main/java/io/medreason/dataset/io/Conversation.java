package io.medreason.dataset.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.medreason.dataset.model.DatasetFormat;

/**
 * The turns of a ShareGPT {@code conversations} or OpenAI {@code messages} list, each kept as its keys and raw JSON
 * values so that an unedited list is written back as it was. The first user turn is the question, the first
 * assistant turn after it the response.
 */
final class Conversation {

    private static final Set<String> USER = Set.of("human", "user");
    private static final Set<String> ASSISTANT = Set.of("gpt", "assistant", "chatgpt", "model", "bot");

    /** One turn: its keys with raw JSON values, the speaker and the text when they are strings. */
    record Turn(List<String> keys, List<String> values, String speaker, String text) {
    }

    private final String speakerKey;
    private final String textKey;
    private final List<Turn> turns;

    private Conversation(String speakerKey, String textKey, List<Turn> turns) {
        this.speakerKey = speakerKey;
        this.textKey = textKey;
        this.turns = turns;
    }

    static String speakerKey(DatasetFormat format) {
        return format == DatasetFormat.SHAREGPT ? "from" : "role";
    }

    static String textKey(DatasetFormat format) {
        return format == DatasetFormat.SHAREGPT ? "value" : "content";
    }

    /** Parses a raw JSON list of turns; returns null when it is not a list of objects. */
    static Conversation parse(JsonFactory factory, DatasetFormat format, byte[] json, int start, int end)
            throws IOException {
        String speakerKey = speakerKey(format);
        String textKey = textKey(format);
        List<Turn> turns = new ArrayList<>();
        try (JsonParser parser = factory.createParser(json, start, end - start)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            int base = start - (int) parser.currentTokenLocation().getByteOffset();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                turns.add(readTurn(parser, json, base, end, speakerKey, textKey));
            }
            if (token != JsonToken.END_ARRAY) {
                return null;
            }
        }
        return new Conversation(speakerKey, textKey, turns);
    }

    static Conversation parse(JsonFactory factory, DatasetFormat format, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return parse(factory, format, bytes, 0, bytes.length);
    }

    private static Turn readTurn(JsonParser parser, byte[] json, int base, int end, String speakerKey, String textKey)
            throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String speaker = null;
        String text = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            int valueStart = base + (int) parser.currentTokenLocation().getByteOffset();
            int valueEnd = JsonBytes.valueEnd(json, valueStart, end);
            keys.add(key);
            values.add(new String(json, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8));
            if (value == JsonToken.VALUE_STRING && key.equals(speakerKey)) {
                speaker = parser.getText();
            } else if (value == JsonToken.VALUE_STRING && key.equals(textKey)) {
                text = parser.getText();
            }
            parser.skipChildren();
        }
        return new Turn(keys, values, speaker, text);
    }

    List<Turn> turns() {
        return turns;
    }

    int firstUser() {
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).speaker() != null && USER.contains(turns.get(i).speaker().toLowerCase())) {
                return i;
            }
        }
        return -1;
    }

    int firstAssistant() {
        for (int i = Math.max(0, firstUser()); i < turns.size(); i++) {
            if (turns.get(i).speaker() != null && ASSISTANT.contains(turns.get(i).speaker().toLowerCase())) {
                return i;
            }
        }
        return -1;
    }

    String question() {
        int i = firstUser();
        return i < 0 ? null : turns.get(i).text();
    }

    String response() {
        int i = firstAssistant();
        return i < 0 ? null : turns.get(i).text();
    }

    /** Sets the text of turn {@code index}, or appends a turn by {@code speaker} when index is -1. */
    void setText(int index, String speaker, String quotedSpeaker, String quotedText) {
        if (index < 0) {
            turns.add(new Turn(List.of(speakerKey, textKey), List.of(quotedSpeaker, quotedText), speaker, null));
            return;
        }
        Turn turn = turns.get(index);
        List<String> keys = new ArrayList<>(turn.keys());
        List<String> values = new ArrayList<>(turn.values());
        int at = keys.indexOf(textKey);
        if (at < 0) {
            keys.add(textKey);
            values.add(quotedText);
        } else {
            values.set(at, quotedText);
        }
        turns.set(index, new Turn(keys, values, turn.speaker(), null));
    }
}

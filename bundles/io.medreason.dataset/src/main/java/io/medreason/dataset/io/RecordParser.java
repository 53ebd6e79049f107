package io.medreason.dataset.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.eclipse.emf.ecore.util.InternalEList;

import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.Field;
import io.medreason.dataset.model.Record;

/**
 * Turns one JSON object into a {@link Record} under a {@link FormatMapping}: string values of mapped keys go to the
 * record's attributes; every other value is kept as its raw JSON text. The key order is kept in
 * {@link Record#getFields()} only when it is not the format's own order (so the usual record costs no extra objects).
 */
final class RecordParser {

    /** Makes the exception for a problem at a byte offset of a record. */
    @FunctionalInterface
    interface Errors {
        DatasetFormatException at(int offset, int recordIndex, String reason, Throwable cause);
    }

    private final JsonFactory factory;
    private final FormatMapping mapping;
    private final List<String> keys = new ArrayList<>();
    private final List<String> raws = new ArrayList<>();

    private RecordParser(JsonFactory factory, FormatMapping mapping) {
        this.factory = factory;
        this.mapping = mapping;
    }

    DatasetFormat format() {
        return mapping.format();
    }

    /** Detects the format from the keys of the record at {@code pos}. */
    static RecordParser detect(JsonFactory factory, byte[] bytes, int pos, int end, int index, Path file, Errors errors)
            throws IOException {
        List<String> recordKeys = new ArrayList<>();
        String arrayKey;
        try (JsonParser parser = factory.createParser(bytes, pos, end - pos)) {
            parser.nextToken();
            arrayKey = readKeys(parser, recordKeys);
        }
        DatasetFormat format = FormatMapping.detect(recordKeys);
        if (format == null) {
            String reason = "has none of the keys of a known format (Question/Complex_CoT/Response, text, "
                    + "instruction/output, conversations, messages); its keys are " + recordKeys
                    + (arrayKey == null ? "" : "; if the records are inside \"" + arrayKey + "\", extract that array");
            throw errors.at(pos, index, reason, null);
        }
        return new RecordParser(factory, FormatMapping.of(format));
    }

    /**
     * Adds the keys of the object whose START_OBJECT {@code parser} is on to {@code keys}, skipping every value, and
     * returns the first key whose value is an array (or null). When the text ends or breaks inside the object, the
     * exception comes after the keys read so far were added.
     */
    static String readKeys(JsonParser parser, List<String> keys) throws IOException {
        String arrayKey = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            keys.add(parser.currentName());
            if (parser.nextToken() == JsonToken.START_ARRAY && arrayKey == null) {
                arrayKey = parser.currentName();
            }
            parser.skipChildren();
        }
        return arrayKey;
    }

    /** Reads the object whose START_OBJECT the parser is on; {@code base} turns parser offsets into array offsets. */
    Record read(JsonParser parser, byte[] bytes, int base, int end, int index) throws IOException {
        Record record = DatasetFactory.eINSTANCE.createRecord();
        record.setOriginalIndex(index);
        keys.clear();
        raws.clear();
        boolean usualOrder = true;
        int lastPosition = -1;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            Role role = mapping.role(key);
            keys.add(key);
            if (role != null && role != Role.CONVERSATION && value == JsonToken.VALUE_STRING && role.get(record) == null) {
                role.set(record, parser.getText());
                raws.add(null);
                int position = mapping.position(role);
                usualOrder &= position > lastPosition;
                lastPosition = position;
                continue;
            }
            int start = base + (int) parser.currentTokenLocation().getByteOffset();
            int valueEnd = JsonBytes.valueEnd(bytes, start, end);
            parser.skipChildren();
            raws.add(new String(bytes, start, valueEnd - start, StandardCharsets.UTF_8));
            usualOrder = false;
            if (role == Role.CONVERSATION && value == JsonToken.START_ARRAY) {
                takeConversation(record, bytes, start, valueEnd);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token + " in a record");
        }
        if (!usualOrder) {
            keepFields(record);
        }
        return record;
    }

    private void takeConversation(Record record, byte[] bytes, int start, int end) throws IOException {
        Conversation conversation = Conversation.parse(factory, mapping.format(), bytes, start, end);
        if (conversation != null && record.getQuestion() == null) {
            record.setQuestion(conversation.question());
            record.setResponse(conversation.response());
        }
    }

    private void keepFields(Record record) {
        List<Field> fields = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            Field field = DatasetFactory.eINSTANCE.createField();
            field.setKey(keys.get(i));
            field.setJson(raws.get(i));
            fields.add(field);
        }
        ((InternalEList<Field>) record.getFields()).addAllUnique(fields);
    }
}

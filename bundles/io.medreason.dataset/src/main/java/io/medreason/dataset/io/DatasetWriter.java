package io.medreason.dataset.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.medreason.core.cli.UsageException;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Field;
import io.medreason.dataset.model.JsonLayout;
import io.medreason.dataset.model.Record;

/**
 * Writes a {@link Dataset} as JSON in its {@link JsonLayout}: an unedited data set read from a file in one of the
 * common layouts comes out byte for byte the same; an edited record changes only its own text. Writing to another
 * format or container (Save As) maps the record's attributes to that format's keys and keeps the keys the source
 * format does not know.
 */
final class DatasetWriter {

    private final JsonFactory factory = new JsonFactory();
    private final Dataset dataset;
    private final FormatMapping source;
    private final FormatMapping target;
    private final JsonLayout layout;
    private final JsonStringWriter strings;
    private Utf8Output out;
    private int currentIndex;

    DatasetWriter(Dataset dataset, DatasetFormat format, Container container) {
        this.dataset = dataset;
        this.source = FormatMapping.of(dataset.getFormat());
        this.target = FormatMapping.of(format);
        JsonLayout own = dataset.getLayout();
        boolean fromEmptyFile = own != null && own.getRecordSeparator() == null;
        if (own != null && container == dataset.getContainer()
                && !(fromEmptyFile && !dataset.getRecords().isEmpty())) {
            this.layout = own;
        } else {
            this.layout = LayoutDetector.defaults(container);
            if (own != null) {
                layout.setEscapeNonAscii(own.isEscapeNonAscii());
                layout.setEscapeSlash(own.isEscapeSlash());
                layout.setUpperCaseHex(own.isUpperCaseHex());
            }
        }
        this.strings = new JsonStringWriter(layout);
    }

    void write(OutputStream stream) throws IOException {
        out = new Utf8Output(stream);
        if (layout.isByteOrderMark()) {
            out.writeBytes(JsonBytes.BOM);
        }
        out.writeRaw(layout.getHead());
        List<Record> records = dataset.getRecords();
        for (int i = 0; i < records.size(); i++) {
            if (i > 0) {
                out.writeRaw(layout.getRecordSeparator());
            }
            writeRecord(records.get(i), i);
        }
        out.writeRaw(layout.getTail());
        out.flush();
    }

    private void writeRecord(Record record, int index) throws IOException {
        currentIndex = index;
        Members members = new Members();
        if (source == target) {
            writeSameFormat(record, members);
        } else {
            writeConverted(record, members);
        }
        members.close();
    }

    private void writeSameFormat(Record record, Members members) throws IOException {
        Set<Role> written = EnumSet.noneOf(Role.class);
        if (record.eIsSet(DatasetPackage.Literals.RECORD__FIELDS)) {
            for (Field field : record.getFields()) {
                Role role = target.role(field.getKey());
                boolean first = role != null && written.add(role);
                if (first && role == Role.CONVERSATION) {
                    members.put(field.getKey(), conversation(record, field.getJson()));
                } else if (first && role.get(record) != null) {
                    members.putString(field.getKey(), role.get(record));
                } else if (field.getJson() != null) {
                    members.put(field.getKey(), checked(field.getKey(), field.getJson()));
                }
            }
        }
        for (Role role : target.roles()) {
            if (!written.contains(role)) {
                writeRole(record, role, target.key(role), members);
            }
        }
    }

    private void writeConverted(Record record, Members members) throws IOException {
        for (Role role : target.roles()) {
            writeRole(record, role, target.key(role), members);
        }
        if (record.eIsSet(DatasetPackage.Literals.RECORD__FIELDS)) {
            for (Field field : record.getFields()) {
                if (source.role(field.getKey()) == null && target.role(field.getKey()) == null
                        && field.getJson() != null) {
                    members.put(field.getKey(), checked(field.getKey(), field.getJson()));
                }
            }
        }
    }

    private void writeRole(Record record, Role role, String key, Members members) throws IOException {
        if (role == Role.CONVERSATION) {
            if (record.getQuestion() != null || record.getResponse() != null) {
                members.put(key, conversation(record, null));
            }
            return;
        }
        String value = role.get(record);
        if (role == Role.QUESTION && target.key(Role.INPUT) == null) {
            value = Records.prompt(record);
        }
        if (value != null) {
            members.putString(key, value);
        }
    }

    /** The conversation JSON: {@code raw} itself when question and response still match it, else rebuilt. */
    private String conversation(Record record, String raw) throws IOException {
        DatasetFormat format = target.format();
        Conversation turns = raw == null ? null
                : Conversation.parse(factory, format, checked(target.key(Role.CONVERSATION), raw));
        if (turns != null && Objects.equals(turns.question(), record.getQuestion())
                && Objects.equals(turns.response(), record.getResponse())) {
            return raw;
        }
        if (turns == null) {
            turns = Conversation.parse(factory, format, "[]");
        }
        boolean shareGpt = format == DatasetFormat.SHAREGPT;
        if (record.getQuestion() != null) {
            turns.setText(turns.firstUser(), shareGpt ? "human" : "user", strings.quote(shareGpt ? "human" : "user"),
                    strings.quote(record.getQuestion()));
        }
        if (record.getResponse() != null) {
            String speaker = shareGpt ? "gpt" : "assistant";
            turns.setText(turns.firstAssistant(), speaker, strings.quote(speaker), strings.quote(record.getResponse()));
        }
        return new NestedLayout(layout, strings).array(turns.turns());
    }

    /**
     * {@code json} if it is exactly one JSON value; otherwise the save stops (before the file is replaced) with an
     * error naming the record and the key, so that a raw value edited by hand cannot corrupt the file.
     */
    private String checked(String key, String json) throws IOException {
        try (JsonParser parser = factory.createParser(json)) {
            if (parser.nextToken() != null) {
                parser.skipChildren();
                if (parser.nextToken() == null) {
                    return json;
                }
            }
        } catch (JsonProcessingException e) {
            throw invalid(key, e.getOriginalMessage());
        }
        throw invalid(key, "not exactly one value");
    }

    private UsageException invalid(String key, String reason) {
        return new UsageException("record " + currentIndex + ": the value of \"" + key + "\" is not valid JSON ("
                + reason.lines().findFirst().orElse("") + ")");
    }

    /** Writes the members of one record object with the layout's whitespace. */
    private final class Members {
        private boolean any;

        void putString(String key, String value) throws IOException {
            open(key);
            strings.write(out, value);
        }

        void put(String key, String rawJson) throws IOException {
            open(key);
            out.writeRaw(rawJson);
        }

        private void open(String key) throws IOException {
            if (!any) {
                out.writeByte('{');
                out.writeRaw(layout.getFieldIndent());
                any = true;
            } else {
                out.writeRaw(layout.getFieldSeparator());
            }
            strings.write(out, key);
            out.writeRaw(layout.getKeySeparator());
        }

        void close() throws IOException {
            if (!any) {
                out.writeByte('{');
            } else {
                out.writeRaw(layout.getCloseIndent());
            }
            out.writeByte('}');
        }
    }
}

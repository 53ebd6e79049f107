package io.medreason.dataset.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import io.medreason.dataset.io.Records;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.Record;

/**
 * The length of every record's fields and of the whole record, measured once (tokenizing is the slow part) and shared
 * by {@link DatasetStatistics} and the validator. Fields are {@code question} (with an Alpaca input),
 * {@code reasoning} and {@code response}, or {@code text} for raw-text sets; {@code record} is the whole record: the
 * rendered template when one is given, else the sum of the fields. An absent field has length -1.
 */
public final class RecordLengths {

    public static final String RECORD = "record";

    private final String unit;
    private final String wholeRecord;
    private final Map<String, int[]> fields;

    private RecordLengths(String unit, String wholeRecord, Map<String, int[]> fields) {
        this.unit = unit;
        this.wholeRecord = wholeRecord;
        this.fields = fields;
    }

    /**
     * Measures every record.
     *
     * @param template renders a record for the whole-record length (a prompt template), or null for the sum of
     *        the fields
     * @param progress told the number of records done after each record (may be null)
     */
    public static RecordLengths measure(Dataset dataset, LengthMeasure measure, RecordRenderer template,
            IntConsumer progress) {
        List<Record> records = dataset.getRecords();
        List<String> names = fieldNames(dataset.getFormat());
        Map<String, int[]> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, new int[records.size()]);
        }
        int[] whole = new int[records.size()];
        for (int i = 0; i < records.size(); i++) {
            Record record = records.get(i);
            int sum = 0;
            for (String name : names) {
                String value = text(record, name);
                int length = value == null ? -1 : measure.length(value);
                fields.get(name)[i] = length;
                sum += Math.max(0, length);
            }
            whole[i] = template == null ? sum : measure.length(template.render(record));
            if (progress != null) {
                progress.accept(i + 1);
            }
        }
        fields.put(RECORD, whole);
        String wholeName = template == null ? "sum of the fields" : "template " + template.name();
        return new RecordLengths(measure.unit(), wholeName, Collections.unmodifiableMap(fields));
    }

    /** The fields measured for a format, in display order. */
    public static List<String> fieldNames(DatasetFormat format) {
        return switch (format) {
            case TEXT -> List.of("text");
            case MEDICAL_O1 -> List.of("question", "reasoning", "response");
            default -> List.of("question", "response");
        };
    }

    private static String text(Record record, String name) {
        return switch (name) {
            case "question" -> Records.prompt(record);
            case "reasoning" -> record.getReasoning();
            case "response" -> record.getResponse();
            case "text" -> record.getText();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** "tokens" or "characters". */
    public String unit() {
        return unit;
    }

    /** What the whole-record length is: "sum of the fields" or "template NAME". */
    public String wholeRecord() {
        return wholeRecord;
    }

    /** Field names and then {@link #RECORD}. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /** Lengths of one field (or {@link #RECORD}) by record index; -1 where absent. Do not modify. */
    public int[] of(String name) {
        int[] lengths = fields.get(name);
        if (lengths == null) {
            throw new IllegalArgumentException("no field '" + name + "'; fields are " + names());
        }
        return lengths;
    }

    public int[] record() {
        return fields.get(RECORD);
    }
}

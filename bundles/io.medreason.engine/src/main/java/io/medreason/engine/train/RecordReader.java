package io.medreason.engine.train;

import io.medreason.core.cli.UsageException;
import io.medreason.core.template.SftRecord;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.io.Records;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.Record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads training records through the dataset bundle ({@link DatasetIO}): medical-o1 JSON arrays or JSON Lines
 * ({@code Question}, {@code Complex_CoT}, {@code Response}), raw text ({@code {"text"}}), Alpaca, ShareGPT and OpenAI
 * {@code messages} records, detected from the file. Format errors name the file, line, column and record; a record
 * that has no answer to learn is named with its index (0-based).
 */
public final class RecordReader {

    private RecordReader() {
    }

    /** All records of {@code file}, as question / reasoning / response or raw text. */
    public static List<SftRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("data file " + file + " does not exist");
        }
        Dataset dataset = DatasetIO.load(file);
        List<SftRecord> records = new ArrayList<>(dataset.getRecords().size());
        for (Record r : dataset.getRecords()) {
            records.add(toRecord(file, records.size(), r));
        }
        if (records.isEmpty()) {
            throw new UsageException(file + " holds no records");
        }
        return records;
    }

    static SftRecord toRecord(Path file, int index, Record r) {
        if (Records.isRawText(r)) {
            return SftRecord.text(r.getText());
        }
        if (r.getResponse() == null) {
            throw new UsageException(file + ": record " + index + ": field 'Response' (the answer) is missing");
        }
        String prompt = Records.prompt(r);
        return SftRecord.of(prompt == null ? "" : prompt, r.getReasoning(), r.getResponse());
    }
}

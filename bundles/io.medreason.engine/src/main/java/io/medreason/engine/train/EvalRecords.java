package io.medreason.engine.train;

import io.medreason.core.template.SftRecord;
import io.medreason.engine.eval.EvalRecordReader;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Gives {@code medreason eval --template … --convert …} the same records as training: read through the dataset
 * bundle, every text field converted (default s2twp) before templating.
 */
public final class EvalRecords implements EvalRecordReader {

    @Override
    public List<SftRecord> read(Path file, String convert) {
        UnaryOperator<String> converter = TrainingData.converter(convert == null ? "s2twp" : convert);
        return RecordReader.read(file).stream().map(r -> r.map(converter)).toList();
    }
}

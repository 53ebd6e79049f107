package io.medreason.engine.eval;

import io.medreason.core.template.SftRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the
 * records of a data file for templated evaluation: medical-o1 JSON/JSONL and other layouts, with the Chinese
 * conversion applied. The training side provides it ({@code EvalRecords}).
 */
public interface EvalRecordReader {

    /**
     * @param convert the {@code --convert} value (s2twp, s2tw, s2t, none) or null for the default
     * @throws io.medreason.core.cli.UsageException for bad records (naming file, record index and field)
     */
    List<SftRecord> read(Path file, String convert) throws IOException;
}

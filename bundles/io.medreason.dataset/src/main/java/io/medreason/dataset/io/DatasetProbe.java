package io.medreason.dataset.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Tells from the beginning of a file whether it is a data set that {@link DatasetIO} reads, without reading the whole
 * file: a JSON array or JSON Lines whose first record has the keys of a known format, found as the reader finds them
 * ({@code RecordParser.readKeys}, {@link FormatMapping#detect}). A model's {@code config.json} or
 * {@code tokenizer.json} and a run's {@code metrics.jsonl} are JSON, not data sets.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(file)) {
 *     boolean dataSet = DatasetProbe.probe(in) == DatasetProbe.Verdict.DATASET;   // reads at most 64 KiB
 * }
 * }</pre>
 */
public final class DatasetProbe {

    /** What the beginning of a file says. */
    public enum Verdict {
        /** The first record has the keys of a known format. */
        DATASET,
        /** Not a data set: another JSON value, a first record with none of the keys, or not JSON at all. */
        NOT_DATASET,
        /** Too little to tell: empty, an empty array, or a file that ends inside its first record before a key. */
        UNKNOWN
    }

    /** The most a probe reads: 64 KiB (bytes of a stream, characters of a reader). */
    public static final int LIMIT = 64 << 10;

    private static final JsonFactory FACTORY = new JsonFactory();

    private DatasetProbe() {
    }

    /** Probes the first {@link #LIMIT} bytes of {@code in} (UTF-8); does not close it. */
    public static Verdict probe(InputStream in) throws IOException {
        byte[] head = in.readNBytes(LIMIT);
        return probe(head, head.length == LIMIT);
    }

    /** Probes the first {@link #LIMIT} characters of {@code in}; does not close it. */
    public static Verdict probe(Reader in) throws IOException {
        char[] chars = new char[LIMIT];
        int length = 0;
        int read;
        while (length < LIMIT && (read = in.read(chars, length, LIMIT - length)) >= 0) {
            length += read;
        }
        byte[] head = new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
        return probe(head, length == LIMIT);
    }

    /**
     * Probes the beginning of a file.
     *
     * @param head the first bytes of the file
     * @param cut whether the file may go on after {@code head}
     */
    static Verdict probe(byte[] head, boolean cut) throws IOException {
        int start = JsonBytes.skipWhitespace(head, JsonBytes.startsWithBom(head, head.length) ? JsonBytes.BOM.length : 0,
                head.length);
        if (start == head.length) {
            return Verdict.UNKNOWN;
        }
        int record = start;
        if (head[start] == '[') {
            record = JsonBytes.skipWhitespace(head, start + 1, head.length);
            if (record == head.length || head[record] == ']') {
                return Verdict.UNKNOWN;
            }
        }
        return head[record] == '{' ? firstRecord(head, record, cut) : Verdict.NOT_DATASET;
    }

    /** Judges the record that starts at {@code start} by the keys read before it ends, breaks or is cut. */
    private static Verdict firstRecord(byte[] head, int start, boolean cut) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean ended = false;
        try (JsonParser parser = FACTORY.createParser(head, start, head.length - start)) {
            parser.nextToken();
            RecordParser.readKeys(parser, keys);
        } catch (JsonEOFException e) {
            ended = true;
        } catch (JsonProcessingException e) {
            // broken JSON: judged by the keys before the break
        }
        if (FormatMapping.detect(keys) != null) {
            return Verdict.DATASET;
        }
        return ended && !cut ? Verdict.UNKNOWN : Verdict.NOT_DATASET;
    }
}

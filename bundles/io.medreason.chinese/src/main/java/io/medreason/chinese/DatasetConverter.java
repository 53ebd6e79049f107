package io.medreason.chinese;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

import io.medreason.core.cli.UsageException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Converts chosen string fields of dataset records (a JSON array of objects, or JSON Lines) with Jackson streaming,
 * token by token, so 60 MB files need little memory. Every other key and value is copied exactly (numbers keep their
 * text as written), key order is kept and non-ASCII text (emoji included) is written as characters. Used by
 * {@code medreason convert --dataset} and by the workbench's "Convert Dataset" action.
 *
 * <p>Bad input (invalid JSON, not UTF-8) is a {@link UsageException} whose one-line message names the file, the
 * record and the position; {@link #convertFile} then leaves the output file untouched.
 */
public final class DatasetConverter {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Fields converted unless told otherwise. */
    public static final List<String> DEFAULT_FIELDS = List.of("Question", "Complex_CoT", "Response");

    /** Progress reports and cancellation, e.g. from a workbench job. */
    public interface Progress {
        /** Called after each record with the records done and the input bytes read so far. */
        void worked(long records, long bytesRead);

        /** Polled after each record; {@code true} stops the conversion with a {@link CancellationException}. */
        boolean cancelled();
    }

    /** A {@link Progress} that reports nothing and never cancels. */
    public static final Progress NO_PROGRESS = new Progress() {
        @Override
        public void worked(long records, long bytesRead) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /**
     * What one conversion did.
     *
     * @param records records (objects) seen
     * @param fieldsConverted string values of the chosen fields that were converted
     * @param fieldsChanged of those, how many changed
     * @param charactersChanged source characters that changed (position by position where a value kept its length,
     *            the differing middle otherwise)
     */
    public record Summary(long records, long fieldsConverted, long fieldsChanged, long charactersChanged) {
    }

    /** Writes characters outside the BMP (emoji) as UTF-8 rather than as escaped surrogate pairs. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final ChineseConverter converter;
    private final Set<String> fields;

    /** @param fields names of the record fields whose string values are converted */
    public DatasetConverter(ChineseConverter converter, Set<String> fields) {
        this.converter = converter;
        this.fields = Set.copyOf(new LinkedHashSet<>(fields));
    }

    /**
     * Converts {@code in} into {@code out} atomically (a temporary file renamed at the end): on bad input or
     * cancellation {@code out} is left as it was. {@code out} may be {@code in}.
     */
    public Summary convertFile(Path in, Path out, Progress progress) throws IOException {
        try (InputStream input = Files.newInputStream(in); AtomicOutput target = new AtomicOutput(out)) {
            Summary summary = convert(input, target.stream(), in.toString(), progress);
            target.commit();
            return summary;
        }
    }

    /** Converts a stream; {@code sourceName} names the input in error messages. */
    public Summary convert(InputStream input, OutputStream output, String sourceName, Progress progress)
            throws IOException {
        CountingInputStream counted = new CountingInputStream(input);
        PushbackInputStream in = new PushbackInputStream(counted, 4);
        if (skipByteOrderMark(in, sourceName)) {
            output.write(BYTE_ORDER_MARK); // a file saved with a BOM (Windows editors) keeps it
        }
        boolean array = startsWithArray(in);
        Copy copy = new Copy(array ? 1 : 0, progress, counted);
        try (JsonParser parser = JSON.createParser(in); JsonGenerator generator = JSON.createGenerator(output)) {
            generator.setPrettyPrinter(array ? new DefaultPrettyPrinter() : new MinimalPrettyPrinter("\n"));
            copy.run(parser, generator);
            if (!array) {
                generator.writeRaw('\n');
            }
        } catch (JsonProcessingException e) {
            throw new UsageException(sourceName + ": record " + Math.max(1, copy.records) + ": "
                    + oneLine(e.getOriginalMessage()) + location(e));
        }
        return new Summary(copy.records, copy.converted, copy.changed, copy.characters);
    }

    /** The token loop of one conversion, with its counters. */
    private final class Copy {
        private final int recordDepth;
        private final Progress progress;
        private final CountingInputStream counted;
        long records;
        long converted;
        long changed;
        long characters;

        Copy(int recordDepth, Progress progress, CountingInputStream counted) {
            this.recordDepth = recordDepth;
            this.progress = progress;
            this.counted = counted;
        }

        void run(JsonParser parser, JsonGenerator generator) throws IOException {
            int depth = 0;
            boolean convertValue = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (convertValue && token == JsonToken.VALUE_STRING) {
                    generator.writeString(convert(parser.getText()));
                    convertValue = false;
                    continue;
                }
                convertValue = token == JsonToken.FIELD_NAME && depth == recordDepth + 1
                        && fields.contains(parser.currentName());
                if (token == JsonToken.START_OBJECT && depth == recordDepth) {
                    records++;
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                if (token.isNumeric()) {
                    generator.writeNumber(parser.getText()); // as written: 1e3 stays 1e3, 1.50 stays 1.50
                } else {
                    generator.copyCurrentEvent(parser);
                }
                if (token == JsonToken.END_OBJECT && depth == recordDepth) {
                    progress.worked(records, counted.count);
                    if (progress.cancelled()) {
                        throw new CancellationException("dataset conversion cancelled after " + records + " records");
                    }
                }
            }
        }

        private String convert(String source) {
            String target = converter.convert(source);
            converted++;
            if (!target.equals(source)) {
                changed++;
                characters += changedCharacters(source, target);
            }
            return target;
        }
    }

    static long changedCharacters(String source, String target) {
        int start = 0;
        int min = Math.min(source.length(), target.length());
        while (start < min && source.charAt(start) == target.charAt(start)) {
            start++;
        }
        int endS = source.length();
        int endT = target.length();
        while (endS > start && endT > start && source.charAt(endS - 1) == target.charAt(endT - 1)) {
            endS--;
            endT--;
        }
        if (endS - start != endT - start) {
            return endS - start;
        }
        long differing = 0;
        for (int i = start; i < endS; i++) {
            differing += source.charAt(i) != target.charAt(i) ? 1 : 0;
        }
        return differing;
    }

    /** Skips a UTF-8 byte order mark; tells whether there was one. */
    private static boolean skipByteOrderMark(PushbackInputStream in, String sourceName) throws IOException {
        int b = in.read();
        if (b != 0xEF) {
            if (b >= 0) {
                in.unread(b);
            }
            return false;
        }
        if (in.read() != 0xBB || in.read() != 0xBF) {
            throw new UsageException(sourceName + ": does not start with valid UTF-8");
        }
        return true;
    }

    /** Skips whitespace, then tells whether the data is a JSON array. */
    private static boolean startsWithArray(PushbackInputStream in) throws IOException {
        int b = in.read();
        while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            b = in.read();
        }
        if (b >= 0) {
            in.unread(b);
        }
        return b == '[';
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String oneLine(String message) {
        return message == null ? "invalid JSON" : message.lines().findFirst().orElse("invalid JSON");
    }

    /** Counts the bytes read, for progress in percent of the file size. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}

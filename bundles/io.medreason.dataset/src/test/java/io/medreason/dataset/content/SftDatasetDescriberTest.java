package io.medreason.dataset.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INDETERMINATE;
import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.StepMetrics;
import io.medreason.dataset.io.DatasetProbe;

/**
 * The SFT data set content type's describer on real files: the test corpus of every format, the shipped sample, the
 * tiny model's config and tokenizer, a PEFT adapter config, a run's metrics; never more than 64 KiB of a file.
 */
class SftDatasetDescriberTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Map<Integer, String> NAMES = Map.of(VALID, "VALID", INVALID, "INVALID",
            INDETERMINATE, "INDETERMINATE");

    private final SftDatasetDescriber describer = new SftDatasetDescriber();

    @ParameterizedTest
    @ValueSource(strings = {"roundtrip/medical_o1_indent2.json", "roundtrip/medical_o1_compact.json",
            "roundtrip/medical_o1_crlf.json", "roundtrip/medical_o1.jsonl", "roundtrip/alpaca.json",
            "roundtrip/sharegpt.json", "roundtrip/openai.jsonl", "roundtrip/text.jsonl",
            "malformed/trailing_comma.json", "malformed/bom.json", "malformed/truncated.json"})
    void dataSetsOfEveryFormatAreValid(String resource) throws IOException {
        assertEquals("VALID", describe(RESOURCES.resolve(resource)), resource);
    }

    @Test
    void theShippedSampleIsValid() throws IOException {
        assertEquals("VALID", describe(REPO.resolve("samples/medical-o1-zh-sample.json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"models/tiny-qwen2/config.json", "models/tiny-qwen2/tokenizer.json",
            "models/tiny-qwen2/tokenizer_config.json",
            "bundles/io.medreason.engine/src/test/resources/tiny-qwen2/adapter/adapter_config.json"})
    void modelAndAdapterFilesAreInvalid(String file) throws IOException {
        assertEquals("INVALID", describe(REPO.resolve(file)), file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed/top_level_object.json", "malformed/top_level_string.json",
            "malformed/array_of_numbers.json"})
    void jsonThatHoldsNoRecordsIsInvalid(String resource) throws IOException {
        assertEquals("INVALID", describe(RESOURCES.resolve(resource)), resource);
    }

    @Test
    void aRunsMetricsAreInvalid() throws IOException {
        String metrics = RunProtocol.encode(RunProtocol.message(RunProtocol.START, "total_steps", 30, "records", 42))
                + "\n" + RunProtocol.encode(new StepMetrics(1, 0.1, 12.189, 0, 0.749, 51, 0.3, 2.5, Double.NaN,
                        Double.NaN, false).toMessage())
                + "\n{\"step\": 2, \"loss\": 12.07}\n";
        assertEquals("INVALID", describe(metrics));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " \n", "[", "[\n  ", "[ ]", "[{\"Quest", "{\"model_type\": \"qwen2\", \"hid"})
    void tooLittleToTellIsIndeterminate(String text) throws IOException {
        assertEquals("INDETERMINATE", describe(text), "'" + text + "'");
    }

    @Test
    void aKnownKeyDecidesEvenWhenTheRecordIsCutOrBroken() throws IOException {
        assertEquals("VALID", describe("[{\"Question\": \"醫生，我最近"));
        assertEquals("VALID", describe("{\"messages\": [{\"role\": \"user\", "));
        assertEquals("VALID", describe("{\"id\": 7, \"text\": \"a\",, }"));
        assertEquals("INVALID", describe("{\"id\": 7,, \"text\": \"a\"}"));
    }

    @Test
    void readsTextThroughTheReaderToo() throws IOException {
        String sample = Files.readString(REPO.resolve("samples/medical-o1-zh-sample.json"));
        String config = Files.readString(REPO.resolve("models/tiny-qwen2/config.json"));
        assertEquals(VALID, describer.describe(new StringReader(sample), null));
        assertEquals(INVALID, describer.describe(new StringReader(config), null));
        assertEquals(INDETERMINATE, describer.describe(new StringReader(""), null));
    }

    @Test
    void neverReadsMoreThan64KiBOfAnEndlessFile() throws IOException {
        String record = "{\"Question\": \"頭暈\", \"Complex_CoT\": \"先排除中風。\", \"Response\": \"請就醫。\"}";
        EndlessStream dataSet = new EndlessStream("[\n", record + ",\n");
        EndlessStream tokenizer = new EndlessStream("{\"version\": \"1.0\", \"added_tokens\": [",
                "{\"id\": 151643, \"content\": \"<|endoftext|>\", \"special\": true},");
        EndlessStream text = new EndlessStream("{\"text\": \"", "胸痛放射至左臂，心電圖顯示ST段抬高。");

        assertEquals(VALID, describer.describe(dataSet, null));
        assertEquals(INVALID, describer.describe(tokenizer, null));
        assertEquals(VALID, describer.describe(text, null), "a first record longer than 64 KiB");
        for (EndlessStream stream : List.of(dataSet, tokenizer, text)) {
            assertTrue(stream.read <= DatasetProbe.LIMIT, stream.read + " bytes read");
        }
        System.out.printf("endless streams: %d, %d and %d bytes read (limit %d)%n", dataSet.read, tokenizer.read,
                text.read, DatasetProbe.LIMIT);
    }

    private String describe(Path file) throws IOException {
        try (CountingStream in = new CountingStream(Files.newInputStream(file))) {
            String answer = NAMES.get(describer.describe(in, null));
            assertTrue(in.read <= DatasetProbe.LIMIT, in.read + " bytes read of " + file);
            return answer;
        }
    }

    private String describe(String text) throws IOException {
        return NAMES.get(describer.describe(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null));
    }

    /** Counts the bytes read from a stream. */
    private static class CountingStream extends java.io.FilterInputStream {
        long read;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }

    /** A head and then one unit over and over; fails the test when more than 1 MB is read. */
    private static final class EndlessStream extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        long read;

        EndlessStream(String head, String unit) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (read >= 1 << 20) {
                throw new AssertionError("read more than 1 MB of an endless file");
            }
            long at = read++;
            return (at < head.length ? head[(int) at] : unit[(int) ((at - head.length) % unit.length)]) & 0xFF;
        }
    }
}

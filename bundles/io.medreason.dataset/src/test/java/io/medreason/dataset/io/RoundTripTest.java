package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.Record;

/** Files written by Python's json, Node's JSON.stringify and by hand come back byte for byte when saved unedited. */
class RoundTripTest {

    private static final String FIRST_QUESTION = "一位45歲男性出現胸痛，放射至左臂，心電圖顯示ST段抬高。最可能的診斷是什麼？";

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource({
            "medical_o1_indent2.json, MEDICAL_O1, JSON_ARRAY, 3",
            "medical_o1_indent4_ascii.json, MEDICAL_O1, JSON_ARRAY, 3",
            "medical_o1_compact.json, MEDICAL_O1, JSON_ARRAY, 3",
            "medical_o1_crlf.json, MEDICAL_O1, JSON_ARRAY, 3",
            "medical_o1_node_tabs.json, MEDICAL_O1, JSON_ARRAY, 3",
            "medical_o1.jsonl, MEDICAL_O1, JSON_LINES, 3",
            "medical_o1_node.jsonl, MEDICAL_O1, JSON_LINES, 3",
            "medical_o1_pandas.jsonl, MEDICAL_O1, JSON_LINES, 3",
            "medical_o1_handwritten.json, MEDICAL_O1, JSON_ARRAY, 3",
            "text.jsonl, TEXT, JSON_LINES, 3",
            "alpaca.json, ALPACA, JSON_ARRAY, 4",
            "sharegpt.json, SHAREGPT, JSON_ARRAY, 3",
            "openai.jsonl, OPENAI_MESSAGES, JSON_LINES, 3"})
    void unchangedSaveWritesTheSameBytes(String name, DatasetFormat format, Container container, int count)
            throws IOException {
        Path file = TestFiles.copy("roundtrip/" + name, folder);
        byte[] original = Files.readAllBytes(file);
        Dataset dataset = DatasetIO.load(file);
        assertEquals(format, dataset.getFormat());
        assertEquals(container, dataset.getContainer());
        assertEquals(count, dataset.getRecords().size());

        DatasetIO.save(dataset, file);

        assertArrayEquals(original, Files.readAllBytes(file), () -> "differs: " + firstDifference(original, file));
    }

    @ParameterizedTest
    @CsvSource({"medical_o1_indent2.json", "medical_o1_indent4_ascii.json", "medical_o1_pandas.jsonl",
            "medical_o1_node_tabs.json"})
    void recordsCarryTheDecodedText(String name) {
        Dataset dataset = DatasetIO.load(TestFiles.copy("roundtrip/" + name, folder));
        Record first = dataset.getRecords().get(0);
        assertEquals(FIRST_QUESTION, first.getQuestion());
        assertTrue(first.getReasoning().contains("\"急性心肌梗塞\"。\n\t排除"), first.getReasoning());
        assertTrue(first.getReasoning().contains("(path a/b\\c)"), first.getReasoning());
        assertTrue(first.getResponse().contains("🫀"), first.getResponse());
        assertEquals('\u0001', dataset.getRecords().get(1).getReasoning().charAt(26));
        assertEquals("", dataset.getRecords().get(2).getReasoning());
        assertEquals(2, dataset.getRecords().get(2).getOriginalIndex());
    }

    @Test
    void anEditChangesOnlyItsRecord() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_indent2.json", folder);
        String original = Files.readString(file);
        Dataset dataset = DatasetIO.load(file);
        Record second = dataset.getRecords().get(1);
        String oldQuestion = second.getQuestion();
        second.setQuestion("過敏性休克的第一線治療是什麼？\n(劑量 0.3–0.5 mg)");

        DatasetIO.save(dataset, file);

        String expected = original.replace("\"" + oldQuestion + "\"",
                "\"過敏性休克的第一線治療是什麼？\\n(劑量 0.3–0.5 mg)\"");
        assertTrue(!expected.equals(original));
        assertEquals(expected, Files.readString(file));
    }

    @Test
    void handwrittenValuesAndOrderAreKept() {
        Dataset dataset = DatasetIO.load(TestFiles.copy("roundtrip/medical_o1_handwritten.json", folder));
        Record first = dataset.getRecords().get(0);
        List<String> keys = first.getFields().stream().map(f -> f.getKey()).toList();
        assertEquals(List.of("id", "Response", "Question", "score", "big", "exp", "neg", "tags", "empty",
                "Complex_CoT"), keys);
        assertEquals("1.50", first.getFields().get(3).getJson());
        assertEquals("12345678901234567890", first.getFields().get(4).getJson());
        assertEquals("[\"a\", {\"nested\": [1, 2.0, null, true]}]", first.getFields().get(7).getJson());
        assertNull(first.getFields().get(1).getJson(), "mapped string values live in the attributes");
        Record second = dataset.getRecords().get(1);
        assertNull(second.getQuestion());
        assertEquals("42", second.getFields().get(1).getJson());
        assertTrue(dataset.getRecords().get(2).getFields().isEmpty(), "a usual record has no field objects");
    }

    @Test
    void conversationEditChangesOnlyThatTurn() throws IOException {
        Path file = TestFiles.copy("roundtrip/sharegpt.json", folder);
        String original = Files.readString(file);
        Dataset dataset = DatasetIO.load(file);
        Record first = dataset.getRecords().get(0);
        assertEquals(FIRST_QUESTION, first.getQuestion());
        String oldResponse = first.getResponse();
        first.setResponse("急性心肌梗塞。");

        DatasetIO.save(dataset, file);

        assertEquals(original.replace("\"" + oldResponse + "\"", "\"急性心肌梗塞。\""), Files.readString(file));
    }

    @Test
    void openAiMessagesMapUserAndAssistant() {
        Dataset dataset = DatasetIO.load(TestFiles.copy("roundtrip/openai.jsonl", folder));
        Record first = dataset.getRecords().get(0);
        assertEquals(FIRST_QUESTION, first.getQuestion());
        assertTrue(first.getResponse().startsWith("最可能的診斷是"));
    }

    @Test
    void alpacaInputJoinsTheQuestionForTraining() {
        Dataset dataset = DatasetIO.load(TestFiles.copy("roundtrip/alpaca.json", folder));
        Record last = dataset.getRecords().get(3);
        assertEquals("Summarise.", last.getQuestion());
        assertEquals("Summarise.\n\nPatient: 60F, HbA1c 9.1%", Records.prompt(last));
        assertEquals("Poorly controlled diabetes.", last.getResponse());
    }

    @Test
    void saveAsMedicalO1JsonLinesConvertsAndReadsBack() throws IOException {
        Dataset dataset = DatasetIO.load(TestFiles.copy("roundtrip/sharegpt.json", folder));
        Path converted = folder.resolve("converted.jsonl");

        DatasetIO.save(dataset, converted, DatasetFormat.MEDICAL_O1, Container.JSON_LINES);

        List<String> lines = Files.readAllLines(converted, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("{\"Question\": \"" + FIRST_QUESTION + "\", \"Response\": "), lines.get(0));
        assertTrue(lines.get(0).endsWith("\"id\": \"s0\", \"system\": \"You are a doctor.\"}"), lines.get(0));
        Dataset back = DatasetIO.load(converted);
        assertEquals(DatasetFormat.MEDICAL_O1, back.getFormat());
        assertEquals(dataset.getRecords().get(2).getResponse(), back.getRecords().get(2).getResponse());
    }

    static String firstDifference(byte[] expected, Path file) {
        try {
            byte[] actual = Files.readAllBytes(file);
            int i = 0;
            while (i < expected.length && i < actual.length && expected[i] == actual[i]) {
                i++;
            }
            int from = Math.max(0, i - 40);
            return "at byte " + i + ": expected ..." + new String(expected, from, Math.min(expected.length, i + 40) - from,
                    StandardCharsets.UTF_8) + "... got ..." + new String(actual, from,
                            Math.min(actual.length, i + 40) - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

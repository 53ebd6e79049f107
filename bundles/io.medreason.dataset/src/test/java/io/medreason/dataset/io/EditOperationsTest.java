package io.medreason.dataset.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.Record;

/** What the editor does to records (add, duplicate, delete, clear a field) comes out in the file's own layout. */
class EditOperationsTest {

    @TempDir
    Path folder;

    private static Record record(String question, String reasoning, String response) {
        Record record = DatasetFactory.eINSTANCE.createRecord();
        record.setQuestion(question);
        record.setReasoning(reasoning);
        record.setResponse(response);
        return record;
    }

    @Test
    void addedRecordUsesTheLayoutOfTheIndentedArray() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_indent2.json", folder);
        String original = Files.readString(file);
        Dataset dataset = DatasetIO.load(file);

        dataset.getRecords().add(record("新問題", "新推理", "新回答"));
        DatasetIO.save(dataset, file);

        String expected = original.substring(0, original.length() - 2) + ",\n  {\n    \"Question\": \"新問題\",\n"
                + "    \"Complex_CoT\": \"新推理\",\n    \"Response\": \"新回答\"\n  }\n]";
        assertEquals(expected, Files.readString(file));
        assertEquals(3, DatasetIO.load(file).getRecords().get(3).getOriginalIndex());
    }

    @Test
    void anEmptyArrayStaysAsWrittenAndGetsTheDefaultLayoutOnceRecordsAreAdded() throws IOException {
        Path file = folder.resolve("empty.json");
        Files.writeString(file, "[ ]\n");
        Dataset dataset = DatasetIO.load(file);
        assertEquals(0, dataset.getRecords().size());
        DatasetIO.save(dataset, file);
        assertEquals("[ ]\n", Files.readString(file));

        dataset.getRecords().add(record("問", "想", "答"));
        DatasetIO.save(dataset, file);

        assertEquals("[\n  {\n    \"Question\": \"問\",\n    \"Complex_CoT\": \"想\",\n    \"Response\": \"答\"\n  }\n]",
                Files.readString(file));
    }

    @Test
    void deletedAndDuplicatedRecordsInJsonLines() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1.jsonl", folder);
        List<String> lines = Files.readAllLines(file);
        Dataset dataset = DatasetIO.load(file);

        dataset.getRecords().remove(1);
        dataset.getRecords().add(EcoreUtil.copy(dataset.getRecords().get(0)));
        DatasetIO.save(dataset, file);

        assertEquals(List.of(lines.get(0), lines.get(2), lines.get(0)), Files.readAllLines(file));
    }

    @Test
    void clearingAFieldRemovesItsKey() throws IOException {
        Path file = TestFiles.copy("roundtrip/medical_o1_node.jsonl", folder);
        Dataset dataset = DatasetIO.load(file);

        dataset.getRecords().get(2).setReasoning(null);
        DatasetIO.save(dataset, file);

        String last = Files.readAllLines(file).get(2);
        assertEquals("{\"Question\":\"兒童發燒合併皮疹，應考慮哪些疾病？\",\"Response\":\"麻疹、德國麻疹、川崎病等。\"}", last);
    }

    @Test
    void recordAddedToAShareGptFileGetsAConversation() throws IOException {
        Path file = TestFiles.copy("roundtrip/sharegpt.json", folder);
        Dataset dataset = DatasetIO.load(file);

        dataset.getRecords().add(record("問", null, "答"));
        DatasetIO.save(dataset, file);

        String text = Files.readString(file);
        assertTrue(text.endsWith("  {\n    \"conversations\": [\n      {\n        \"from\": \"human\",\n"
                + "        \"value\": \"問\"\n      },\n      {\n        \"from\": \"gpt\",\n"
                + "        \"value\": \"答\"\n      }\n    ]\n  }\n]"), text);
        Record back = DatasetIO.load(file).getRecords().get(3);
        assertEquals(List.of("問", "答"), List.of(back.getQuestion(), back.getResponse()));
    }
}

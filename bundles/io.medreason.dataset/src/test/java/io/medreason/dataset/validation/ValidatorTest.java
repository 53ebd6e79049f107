package io.medreason.dataset.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.io.TestFiles;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.stats.LengthMeasure;
import io.medreason.dataset.stats.RecordLengths;

/** validation/problems.jsonl has one problem of each kind; the comments in its generator say which record. */
class ValidatorTest {

    @TempDir
    Path folder;

    private Dataset load() {
        return DatasetIO.load(TestFiles.copy("validation/problems.jsonl", folder));
    }

    @Test
    void findsEachKindOfProblemAtItsRecordAndField() {
        Dataset dataset = load();
        RecordLengths lengths = RecordLengths.measure(dataset, LengthMeasure.characters(), null, null);
        List<Problem> problems = new Validator(new ValidationOptions(lengths, 200, ScriptExpectation.AUTO))
                .validate(dataset);

        List<String> found = problems.stream().map(p -> p.kind() + "@" + p.recordIndex() + ":" + p.field()).toList();
        assertEquals(List.of(
                "EMPTY_FIELD@1:reasoning",
                "MISSING_FIELD@2:reasoning",
                "NOT_A_STRING@3:question",
                "DUPLICATE@4:null",
                "NORMALIZED_DUPLICATE@5:question",
                "UNBALANCED_THINK@6:reasoning",
                "SIMPLIFIED_CHARACTERS@7:question",
                "REPLACEMENT_CHARACTER@8:reasoning",
                "TOO_LONG@9:null"), found, problems.toString());
        Map<ProblemKind, Integer> counts = Validator.countByKind(problems);
        assertEquals(9, counts.size());
    }

    @Test
    void messagesNameTheFileKeysAndTheEvidence() {
        Dataset dataset = load();
        Map<ProblemKind, String> messages = new Validator(ValidationOptions.defaults()).validate(dataset).stream()
                .collect(Collectors.toMap(Problem::kind, Problem::message, (a, b) -> a));
        assertEquals("Question is a number (42), not a string", messages.get(ProblemKind.NOT_A_STRING));
        assertEquals("Complex_CoT is missing", messages.get(ProblemKind.MISSING_FIELD));
        assertEquals("same texts as record 0", messages.get(ProblemKind.DUPLICATE));
        assertEquals("1 <think> but 0 </think>", messages.get(ProblemKind.UNBALANCED_THINK));
        assertTrue(messages.get(ProblemKind.SIMPLIFIED_CHARACTERS).endsWith("这个么疗"),
                messages.get(ProblemKind.SIMPLIFIED_CHARACTERS));
        assertTrue(!messages.containsKey(ProblemKind.TOO_LONG), "no lengths given, no length check");
    }

    @Test
    void simplifiedSetIsNotFlaggedInAutoModeButIsWhenTraditionalIsExpected() {
        Dataset dataset = load();
        for (int i = 0; i < dataset.getRecords().size(); i++) {
            dataset.getRecords().get(i).setResponse("这是简体回答 " + i);
        }
        assertEquals(0, kinds(dataset, ScriptExpectation.AUTO).getOrDefault(ProblemKind.SIMPLIFIED_CHARACTERS, 0));
        assertEquals(11 + 1, kinds(dataset, ScriptExpectation.TRADITIONAL).get(ProblemKind.SIMPLIFIED_CHARACTERS));
        assertEquals(0, kinds(dataset, ScriptExpectation.ANY).getOrDefault(ProblemKind.SIMPLIFIED_CHARACTERS, 0));
    }

    @Test
    void oneRecordCanBeRecheckedAfterAnEdit() {
        Dataset dataset = load();
        Validator validator = new Validator(ValidationOptions.defaults().withScript(ScriptExpectation.TRADITIONAL));
        assertEquals(List.of(ProblemKind.EMPTY_FIELD), validator.validate(dataset, 1).stream().map(Problem::kind)
                .toList());
        dataset.getRecords().get(1).setReasoning("補上推理。");
        assertEquals(List.of(), validator.validate(dataset, 1));
    }

    @Test
    void thinkTagsMustPairInOrder() {
        assertEquals(null, ThinkTags.check("<think>a</think><think>b</think>"));
        assertEquals("</think> at character 1 without an opening <think>", ThinkTags.check("a</think><think>"));
        assertEquals("2 <think> but 1 </think>", ThinkTags.check("<think><think></think>"));
    }

    private static Map<ProblemKind, Integer> kinds(Dataset dataset, ScriptExpectation script) {
        return Validator.countByKind(new Validator(ValidationOptions.defaults().withScript(script)).validate(dataset));
    }
}

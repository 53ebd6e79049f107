package io.medreason.dataset.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.medreason.dataset.io.FormatMapping;
import io.medreason.dataset.io.Role;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Field;
import io.medreason.dataset.model.Record;

/**
 * Checks a data set and lists its {@link Problem}s, ordered by record: missing, empty and non-string fields, exact
 * and normalised duplicates, records over the maximum length, unbalanced {@code <think>} tags, Simplified characters
 * in a Traditional set, and U+FFFD (what invalid UTF-8 becomes). The workbench turns each problem into a marker.
 */
public final class Validator {

    private final ValidationOptions options;

    public Validator(ValidationOptions options) {
        this.options = options;
    }

    public List<Problem> validate(Dataset dataset) {
        List<Problem> problems = new ArrayList<>();
        FormatMapping mapping = FormatMapping.of(dataset.getFormat());
        List<Role> required = required(dataset.getFormat());
        List<Record> records = dataset.getRecords();
        for (int i = 0; i < records.size(); i++) {
            checkFields(records.get(i), i, mapping, required, problems);
        }
        Duplicates.find(records, problems);
        checkLength(records.size(), problems);
        checkScript(records, problems);
        problems.sort(Comparator.comparingInt(Problem::recordIndex));
        return problems;
    }

    /** Problems of one record alone (no duplicates, no length): for re-checking a record as it is edited. */
    public List<Problem> validate(Dataset dataset, int index) {
        List<Problem> problems = new ArrayList<>();
        checkFields(dataset.getRecords().get(index), index, FormatMapping.of(dataset.getFormat()),
                required(dataset.getFormat()), problems);
        if (options.script() == ScriptExpectation.TRADITIONAL) {
            checkSimplified(dataset.getRecords().get(index), index, problems);
        }
        return problems;
    }

    /** Problem counts by kind, in the order of {@link ProblemKind}. */
    public static Map<ProblemKind, Integer> countByKind(List<Problem> problems) {
        Map<ProblemKind, Integer> counts = new EnumMap<>(ProblemKind.class);
        problems.forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return counts;
    }

    static List<Role> required(DatasetFormat format) {
        return switch (format) {
            case MEDICAL_O1 -> List.of(Role.QUESTION, Role.REASONING, Role.RESPONSE);
            case TEXT -> List.of(Role.TEXT);
            default -> List.of(Role.QUESTION, Role.RESPONSE);
        };
    }

    private static void checkFields(Record record, int index, FormatMapping mapping, List<Role> required,
            List<Problem> problems) {
        for (Role role : required) {
            String key = mapping.isConversation() ? turnName(role) : mapping.key(role);
            String value = role.get(record);
            String raw = mapping.isConversation() ? null : rawValue(record, key);
            if (value == null && raw != null && !raw.equals("null")) {
                problems.add(new Problem(ProblemKind.NOT_A_STRING, index, field(role),
                        key + " is " + describe(raw) + ", not a string"));
            } else if (value == null) {
                problems.add(new Problem(ProblemKind.MISSING_FIELD, index, field(role),
                        key + (raw == null ? " is missing" : " is null")));
            } else if (value.isBlank()) {
                problems.add(new Problem(ProblemKind.EMPTY_FIELD, index, field(role), key + " is empty"));
            }
        }
        for (Role role : List.of(Role.QUESTION, Role.INPUT, Role.REASONING, Role.RESPONSE, Role.TEXT)) {
            String value = role.get(record);
            if (value != null) {
                checkText(value, index, field(role), problems);
            }
        }
    }

    private static void checkText(String value, int index, String field, List<Problem> problems) {
        int replacement = value.indexOf('\uFFFD');
        if (replacement >= 0) {
            problems.add(new Problem(ProblemKind.REPLACEMENT_CHARACTER, index, field,
                    "U+FFFD at character " + replacement + " (text lost to invalid UTF-8)"));
        }
        String think = ThinkTags.check(value);
        if (think != null) {
            problems.add(new Problem(ProblemKind.UNBALANCED_THINK, index, field, think));
        }
    }

    private void checkLength(int count, List<Problem> problems) {
        if (options.lengths() == null) {
            return;
        }
        int[] lengths = options.lengths().record();
        for (int i = 0; i < count && i < lengths.length; i++) {
            if (lengths[i] > options.maxLength()) {
                problems.add(new Problem(ProblemKind.TOO_LONG, i, null, lengths[i] + " " + options.lengths().unit()
                        + " (" + options.lengths().wholeRecord() + "), over the maximum of " + options.maxLength()));
            }
        }
    }

    private void checkScript(List<Record> records, List<Problem> problems) {
        if (options.script() == ScriptExpectation.ANY) {
            return;
        }
        List<Problem> found = new ArrayList<>();
        int chinese = 0;
        for (int i = 0; i < records.size(); i++) {
            int before = found.size();
            checkSimplified(records.get(i), i, found);
            boolean hasChinese = found.size() > before || hasChinese(records.get(i));
            chinese += hasChinese ? 1 : 0;
        }
        long withSimplified = found.stream().map(Problem::recordIndex).distinct().count();
        boolean traditional = options.script() == ScriptExpectation.TRADITIONAL || withSimplified * 5 <= chinese;
        if (traditional) {
            problems.addAll(found);
        }
    }

    private static void checkSimplified(Record record, int index, List<Problem> problems) {
        for (Role role : List.of(Role.QUESTION, Role.INPUT, Role.REASONING, Role.RESPONSE, Role.TEXT)) {
            String value = role.get(record);
            String simplified = value == null ? "" : SimplifiedCharacters.find(value);
            if (!simplified.isEmpty()) {
                problems.add(new Problem(ProblemKind.SIMPLIFIED_CHARACTERS, index, field(role),
                        "Simplified characters in Traditional text: " + abbreviate(simplified, 20)));
            }
        }
    }

    private static boolean hasChinese(Record record) {
        for (Role role : List.of(Role.QUESTION, Role.REASONING, Role.RESPONSE, Role.TEXT)) {
            String value = role.get(record);
            if (value != null && SimplifiedCharacters.hasChinese(value)) {
                return true;
            }
        }
        return false;
    }

    private static String rawValue(Record record, String key) {
        if (!record.eIsSet(DatasetPackage.Literals.RECORD__FIELDS)) {
            return null;
        }
        for (Field field : record.getFields()) {
            if (Objects.equals(field.getKey(), key)) {
                return field.getJson() == null ? "" : field.getJson();
            }
        }
        return null;
    }

    private static String describe(String raw) {
        String kind = switch (raw.isEmpty() ? ' ' : raw.charAt(0)) {
            case '[' -> "an array";
            case '{' -> "an object";
            case 't', 'f' -> "a boolean";
            default -> "a number";
        };
        return kind + " (" + abbreviate(raw, 30) + ")";
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static String turnName(Role role) {
        return role == Role.QUESTION ? "the user turn" : "the assistant turn";
    }

    private static String field(Role role) {
        return role.attribute() == null ? null : role.attribute().getName();
    }

}

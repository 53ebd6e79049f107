package io.medreason.dataset.validation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.medreason.dataset.model.Record;

/**
 * Finds records equal to an earlier one (all texts the same) and records whose question equals an earlier question
 * after normalising (NFKC, lower case, whitespace and punctuation removed). Memory: one hash and one small map entry
 * per record, not a copy of the texts.
 */
final class Duplicates {

    private Duplicates() {
    }

    static void find(List<Record> records, List<Problem> problems) {
        Map<Long, Integer> exact = new HashMap<>();
        Map<String, Integer> questions = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Record record = records.get(i);
            Integer same = exact.putIfAbsent(hash(record), i);
            if (same != null && sameTexts(records.get(same), record)) {
                problems.add(new Problem(ProblemKind.DUPLICATE, i, null, "same texts as record " + same));
                continue;
            }
            String question = record.getQuestion();
            if (question == null || question.isBlank()) {
                continue;
            }
            Integer first = questions.putIfAbsent(normalise(question), i);
            if (first != null) {
                problems.add(new Problem(ProblemKind.NORMALIZED_DUPLICATE, i, "question",
                        "same question as record " + first + " (ignoring case, width, spaces and punctuation)"));
            }
        }
    }

    /** NFKC, lower case, without whitespace and punctuation. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static long hash(Record record) {
        long h = 1125899906842597L;
        for (String text : texts(record)) {
            h = 31 * h + (text == null ? 0 : text.hashCode());
            h = 31 * h + (text == null ? -1 : text.length());
        }
        return h;
    }

    private static boolean sameTexts(Record a, Record b) {
        String[] x = texts(a);
        String[] y = texts(b);
        for (int i = 0; i < x.length; i++) {
            if (!Objects.equals(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] texts(Record record) {
        return new String[] {record.getQuestion(), record.getInput(), record.getReasoning(), record.getResponse(),
            record.getText()};
    }
}

package io.medreason.dataset.io;

import io.medreason.dataset.model.Record;

/** Reading the texts of a {@link Record} the way training uses them. */
public final class Records {

    private Records() {
    }

    /** The question followed by the Alpaca input (after a blank line) when there is one; null when both are absent. */
    public static String prompt(Record record) {
        String question = record.getQuestion();
        String input = record.getInput();
        if (input == null || input.isEmpty()) {
            return question;
        }
        return question == null || question.isEmpty() ? input : question + "\n\n" + input;
    }

    /** True for a raw-text record (its {@code text} is the whole example). */
    public static boolean isRawText(Record record) {
        return record.getText() != null && record.getQuestion() == null && record.getResponse() == null;
    }
}

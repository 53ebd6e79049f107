package io.medreason.dataset.io;

import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Record;

import org.eclipse.emf.ecore.EAttribute;

/** What a JSON key of a record means: one of the record's text attributes, or a conversation holding them. */
public enum Role {
    QUESTION(DatasetPackage.Literals.RECORD__QUESTION),
    INPUT(DatasetPackage.Literals.RECORD__INPUT),
    REASONING(DatasetPackage.Literals.RECORD__REASONING),
    RESPONSE(DatasetPackage.Literals.RECORD__RESPONSE),
    TEXT(DatasetPackage.Literals.RECORD__TEXT),
    /** A list of turns (ShareGPT {@code conversations}, OpenAI {@code messages}) from which question and response come. */
    CONVERSATION(null);

    private final EAttribute attribute;

    Role(EAttribute attribute) {
        this.attribute = attribute;
    }

    /** The record attribute holding this role's text, or null for {@link #CONVERSATION}. */
    public EAttribute attribute() {
        return attribute;
    }

    public String get(Record record) {
        return switch (this) {
            case QUESTION -> record.getQuestion();
            case INPUT -> record.getInput();
            case REASONING -> record.getReasoning();
            case RESPONSE -> record.getResponse();
            case TEXT -> record.getText();
            case CONVERSATION -> null;
        };
    }

    public void set(Record record, String value) {
        switch (this) {
            case QUESTION -> record.setQuestion(value);
            case INPUT -> record.setInput(value);
            case REASONING -> record.setReasoning(value);
            case RESPONSE -> record.setResponse(value);
            case TEXT -> record.setText(value);
            case CONVERSATION -> throw new IllegalArgumentException("a conversation is not a text attribute");
        }
    }
}

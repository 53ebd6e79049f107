package io.medreason.ui.dataset;

import org.eclipse.emf.ecore.EAttribute;

import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Record;

/** The text fields of a record that the editor and the conversion view show, with their labels. */
public enum RecordField {

    QUESTION("Question 問題", DatasetPackage.Literals.RECORD__QUESTION),
    REASONING("Reasoning 推理 (Complex_CoT)", DatasetPackage.Literals.RECORD__REASONING),
    RESPONSE("Response 回答", DatasetPackage.Literals.RECORD__RESPONSE);

    private final String label;
    private final EAttribute attribute;

    RecordField(String label, EAttribute attribute) {
        this.label = label;
        this.attribute = attribute;
    }

    public String label() {
        return label;
    }

    public EAttribute attribute() {
        return attribute;
    }

    /** The field's text, never null. */
    public String get(Record record) {
        Object value = record.eGet(attribute);
        return value == null ? "" : value.toString();
    }
}

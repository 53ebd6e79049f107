package io.medreason.ui.dataset;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.medreason.core.text.TokenCounter;
import io.medreason.dataset.model.Record;

/**
 * The Record page: the question, reasoning and response of the selected record in text areas with live character and
 * token counts; edits become {@link SetCommand}s on the editor's command stack.
 */
final class RecordPage extends Composite {

    private final DatasetSession session;
    private final Label heading;
    private final Map<RecordField, FieldArea> areas = new EnumMap<>(RecordField.class);
    private Record record;

    RecordPage(Composite parent, DatasetSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(1, false));
        heading = new Label(this, SWT.NONE);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (RecordField field : RecordField.values()) {
            areas.put(field, new FieldArea(this, field, this::commit));
        }
        show(null);
    }

    /** Shows a record (null: none), refreshing the texts from the model. */
    void show(Record shown) {
        if (shown != null && shown == record) {
            commitPending(); // typing not yet in the model must not be replaced by the model's older value
        }
        record = shown;
        int index = shown == null ? -1 : session.records().indexOf(shown);
        Optional<TokenCounter> tokenizer = Tokenizers.configured();
        heading.setText(shown == null ? "No record selected — select one on the Records page 請在記錄頁選擇一筆"
                : "Record " + index + (shown.getOriginalIndex() >= 0 ? " (record " + shown.getOriginalIndex()
                        + " in the file)" : " (added)") + (tokenizer.isPresent() ? ""
                                : " — token counts need a tokenizer folder in Preferences › MedReason Studio"));
        for (FieldArea area : areas.values()) {
            area.show(shown, tokenizer);
        }
        layout(true, true);
    }

    Record record() {
        return record;
    }

    /** Commits typing that is still pending (before saving or leaving the page). */
    void commitPending() {
        for (FieldArea area : areas.values()) {
            area.commitNow();
        }
    }

    FieldArea area(RecordField field) {
        return areas.get(field);
    }

    private void commit(RecordField field, String value) {
        if (record != null && session.records().contains(record)) {
            session.execute(SetCommand.create(session.domain(), record, field.attribute(), value));
        }
    }
}

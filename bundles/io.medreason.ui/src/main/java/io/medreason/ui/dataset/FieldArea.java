package io.medreason.ui.dataset;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.medreason.core.text.TokenCounter;
import io.medreason.dataset.model.Record;

/**
 * One text field of a record in a text area, with live character and token counts. Typing is committed to the model
 * after a short pause or when the area loses focus ({@code commit} receives the field and the new text).
 */
final class FieldArea {

    private static final int COMMIT_DELAY_MS = 500;
    private static final int COUNT_DELAY_MS = 250;

    private final RecordField field;
    private final Text text;
    private final Label counts;
    private final BiConsumer<RecordField, String> commit;
    private final Runnable commitLater = this::commitNow;
    private final Runnable countLater = this::countTokens;
    private Optional<TokenCounter> tokenizer = Optional.empty();
    private Record record;
    private boolean updating;
    private boolean typed;
    private String tokenText = "";

    FieldArea(Composite parent, RecordField field, BiConsumer<RecordField, String> commit) {
        this.field = field;
        this.commit = commit;
        Composite header = new Composite(parent, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        header.setLayout(layout);
        Label title = new Label(header, SWT.NONE);
        title.setText(field.label());
        title.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, true, false));
        counts = new Label(header, SWT.RIGHT);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = field == RecordField.REASONING ? 220 : 90;
        text.setLayoutData(data);
        text.addListener(SWT.Modify, e -> modified());
        text.addListener(SWT.FocusOut, e -> commitNow());
        text.setEnabled(false);
    }

    /** Shows {@code shown}'s value (or nothing when null) without committing anything. */
    void show(Record shown, Optional<TokenCounter> counter) {
        tokenizer = counter;
        record = shown;
        updating = true;
        typed = false;
        try {
            String value = shown == null ? "" : field.get(shown);
            if (!value.equals(text.getText())) {
                text.setText(value);
            }
            text.setEnabled(shown != null);
        } finally {
            updating = false;
        }
        updateCounts();
    }

    /** Writes typing that is not yet in the model (and only typing: a stale display is never written back). */
    void commitNow() {
        if (text.isDisposed()) {
            return;
        }
        text.getDisplay().timerExec(-1, commitLater);
        boolean pending = typed;
        typed = false;
        if (pending && record != null && !updating && !text.getText().equals(field.get(record))) {
            commit.accept(field, text.getText());
        }
    }

    Text text() {
        return text;
    }

    String countsText() {
        return counts.getText();
    }

    private void modified() {
        updateCounts();
        if (!updating && record != null) {
            typed = true;
            text.getDisplay().timerExec(COMMIT_DELAY_MS, commitLater);
        }
    }

    private void updateCounts() {
        String value = text.getText();
        int characters = value.codePointCount(0, value.length());
        counts.setText(characters + " characters 字" + (tokenizer.isPresent() ? tokenText : ""));
        counts.getParent().layout();
        if (tokenizer.isPresent()) {
            text.getDisplay().timerExec(COUNT_DELAY_MS, countLater);
        }
    }

    private void countTokens() {
        if (text.isDisposed() || tokenizer.isEmpty()) {
            return;
        }
        String value = text.getText();
        TokenCounter counter = tokenizer.get();
        Job job = Job.create("Counting tokens", monitor -> {
            int tokens = value.isEmpty() ? 0 : counter.count(value);
            text.getDisplay().asyncExec(() -> {
                if (!text.isDisposed() && value.equals(text.getText())) {
                    tokenText = " · " + tokens + " tokens";
                    int characters = value.codePointCount(0, value.length());
                    counts.setText(characters + " characters 字" + tokenText);
                    counts.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }
}

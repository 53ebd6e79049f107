package io.medreason.ui.dataset;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import io.medreason.dataset.io.DatasetFormatException;

/**
 * The page shown while a data set loads (with a progress bar) or when it cannot be read: the file, line, column,
 * record and reason, a reminder that the file was not changed, and a button for the lenient load.
 */
final class StatusPage extends Composite {

    private final Label title;
    private final ProgressBar progress;
    private final Text details;
    private final Button lenient;
    private final Button textEditor;

    StatusPage(Composite parent, Runnable openLeniently, Runnable openAsText) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        title = new Label(this, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressBar(this, SWT.SMOOTH);
        progress.setMaximum(1000);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        details = new Text(this, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        lenient = new Button(this, SWT.PUSH);
        lenient.setText("Open leniently: skip the unreadable records 寬鬆開啟");
        lenient.addListener(SWT.Selection, e -> openLeniently.run());
        lenient.setVisible(false);
        textEditor = new Button(this, SWT.PUSH);
        textEditor.setText("Open in the text editor 以文字編輯器開啟");
        textEditor.addListener(SWT.Selection, e -> openAsText.run());
        textEditor.setVisible(false);
    }

    void loading(String file) {
        title.setText("Loading " + file + " … 載入中");
        progress.setVisible(true);
        progress.setSelection(0);
        details.setText("");
        lenient.setVisible(false);
        textEditor.setVisible(false);
        layout(true, true);
    }

    void progress(double fraction) {
        if (!progress.isDisposed()) {
            progress.setSelection((int) Math.round(fraction * 1000));
        }
    }

    /** Shows why the file cannot be opened; offers the lenient load when {@code offerLenient}. */
    void failed(String file, RuntimeException error, boolean offerLenient) {
        title.setText("Cannot open this data set 無法開啟資料集: " + file);
        progress.setVisible(false);
        details.setText(describe(error) + "\n\nThe file was not changed. 檔案未被修改。"
                + (offerLenient ? "\nA lenient load reads every record it can and lists the ones it skipped; saving "
                        + "such a data set asks for a new file name, so the original stays intact." : ""));
        lenient.setVisible(offerLenient);
        textEditor.setVisible(true);
        layout(true, true);
    }

    String detailsText() {
        return details.getText();
    }

    Button lenientButton() {
        return lenient;
    }

    static String describe(RuntimeException error) {
        if (error instanceof DatasetFormatException format) {
            StringBuilder text = new StringBuilder();
            if (format.line() >= 0) {
                text.append("Line ").append(format.line()).append(", column ").append(format.column());
            }
            if (format.recordIndex() >= 0) {
                text.append(text.isEmpty() ? "" : ", ").append("record ").append(format.recordIndex());
            }
            text.append(text.isEmpty() ? "" : ": ").append(format.reason());
            return text + "\n\n" + format.getMessage();
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}

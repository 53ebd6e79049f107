package io.medreason.ui.export;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Text;

/** A folder path field with Browse…; {@code onChange} runs after every edit. */
final class FolderField {

    /** The widget data key naming the text field (for tests). */
    static final String ID = "folder";

    private final Text text;

    FolderField(Composite parent, Path initial, Runnable onChange) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        text = new Text(row, SWT.BORDER);
        text.setData(ExportModelDialog.ID_KEY, ID);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 360;
        text.setLayoutData(data);
        text.setText(initial == null ? "" : initial.toString());
        text.addModifyListener(e -> onChange.run());
        Button browse = new Button(row, SWT.PUSH);
        browse.setText("Browse… 瀏覽…");
        browse.addListener(SWT.Selection, e -> browse());
    }

    private void browse() {
        DirectoryDialog d = new DirectoryDialog(text.getShell());
        d.setFilterPath(text.getText());
        String chosen = d.open();
        if (chosen != null) {
            text.setText(chosen);
        }
    }

    boolean isBlank() {
        return text.getText().isBlank();
    }

    Path path() {
        return Path.of(text.getText().strip()).toAbsolutePath().normalize();
    }
}

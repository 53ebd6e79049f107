package io.medreason.ui.chinese;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.DatasetConverter;

/** Asks for the profile, the fields and the output file of a data set conversion. */
public final class ConvertDatasetDialog extends TitleAreaDialog {

    private final Path input;
    private Combo profile;
    private final List<Button> fields = new ArrayList<>();
    private Text output;
    private Button overwrite;
    private ConvertDatasetRequest request;

    public ConvertDatasetDialog(Shell parent, Path input) {
        super(parent);
        this.input = input;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Convert Dataset to Traditional Chinese 轉換資料集為繁體中文");
        setMessage("Converts the chosen fields of every record of " + input.getFileName()
                + "; other keys are kept as they are.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText("Profile 轉換設定:");
        profile = new Combo(form, SWT.READ_ONLY);
        profile.setItems(ChineseConverter.profiles().toArray(String[]::new));
        profile.setText("s2twp");
        new Label(form, SWT.NONE).setText("Fields 欄位:");
        Composite boxes = new Composite(form, SWT.NONE);
        boxes.setLayout(new GridLayout(DatasetConverter.DEFAULT_FIELDS.size(), false));
        for (String name : DatasetConverter.DEFAULT_FIELDS) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(name);
            box.setSelection(true);
            box.addListener(SWT.Selection, e -> validate());
            fields.add(box);
        }
        new Label(form, SWT.NONE).setText("Output file 輸出檔案:");
        output = new Text(form, SWT.BORDER);
        output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        output.setText(ConvertDatasetRequest.defaultOutput(input).toString());
        output.addModifyListener(e -> validate());
        new Label(form, SWT.NONE);
        overwrite = new Button(form, SWT.CHECK);
        overwrite.setText("Overwrite an existing file (written atomically) 覆寫既有檔案");
        overwrite.addListener(SWT.Selection, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private ConvertDatasetRequest current() {
        List<String> chosen = fields.stream().filter(Button::getSelection).map(Button::getText).toList();
        Path out = Path.of(output.getText().trim()).toAbsolutePath();
        return new ConvertDatasetRequest(input, out, profile.getText(), chosen, overwrite.getSelection());
    }

    private void validate() {
        String problem = output.getText().isBlank() ? "Enter an output file" : current().problem();
        setMessage(problem == null ? "Ready to convert " + input.getFileName() : problem,
                problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        request = current();
        super.okPressed();
    }

    /** The user's choice, after OK. */
    public ConvertDatasetRequest request() {
        return request;
    }
}

package io.medreason.ui.export;

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

import io.medreason.launching.ModelExport;
import io.medreason.launching.RunState;

/**
 * <em>Export Model…</em> of a finished run: a merged Hugging Face folder (bf16/fp16/fp32) and/or a GGUF file
 * (f16/q8_0) with its Ollama Modelfile, into one folder; the files to be written are shown as the choice changes.
 */
public final class ExportModelDialog extends TitleAreaDialog {

    /** The widget data key that names the dialog's fields (for tests). */
    public static final String ID_KEY = "io.medreason.ui.export.id";

    private final RunState run;
    private Button merged;
    private Combo dtype;
    private Button gguf;
    private Combo ggufType;
    private FolderField folder;
    private Label files;
    private ModelExport export;

    public ExportModelDialog(Shell parent, RunState run) {
        super(parent);
        this.run = run;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Model 匯出模型");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export Model 匯出模型 — " + run.name());
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        merged = check(form, "Merged Hugging Face folder 合併的 Hugging Face 模型資料夾", "merged", true);
        dtype = combo(form, ModelExport.MERGED_DTYPES, "bf16", "mergedDtype");
        gguf = check(form, "GGUF for llama.cpp and Ollama, with a Modelfile 給 llama.cpp 與 Ollama 的 GGUF", "gguf",
                true);
        ggufType = combo(form, ModelExport.GGUF_TYPES, "q8_0", "ggufType");
        new Label(form, SWT.NONE).setText("Folder 輸出資料夾:");
        folder = new FolderField(form, ModelExport.defaultFolder(run), this::validate);
        new Label(form, SWT.NONE).setText("Writes 將寫入:");
        files = new Label(form, SWT.WRAP);
        files.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return area;
    }

    private Button check(Composite form, String text, String id, boolean on) {
        Button b = new Button(form, SWT.CHECK);
        b.setText(text);
        b.setData(ID_KEY, id);
        b.setSelection(on);
        b.addListener(SWT.Selection, e -> validate());
        return b;
    }

    private Combo combo(Composite form, java.util.List<String> items, String initial, String id) {
        Combo c = new Combo(form, SWT.READ_ONLY);
        c.setItems(items.toArray(String[]::new));
        c.setText(initial);
        c.setData(ID_KEY, id);
        c.addListener(SWT.Selection, e -> validate());
        return c;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(OK).setText("Export 匯出");
        validate();
    }

    private ModelExport current() {
        return ModelExport.of(run, folder.path(), merged.getSelection() ? dtype.getText() : null,
                gguf.getSelection() ? ggufType.getText() : null);
    }

    private void validate() {
        dtype.setEnabled(merged.getSelection());
        ggufType.setEnabled(gguf.getSelection());
        ModelExport e = folder.isBlank() ? null : current();
        String problem = folder.isBlank() ? "Choose the folder to export into"
                : e == null ? run.name() + " has no adapter or no base model in its configuration" : e.problem();
        files.setText(e == null ? "" : String.join(", ", e.outputs().stream()
                .map(p -> e.folder().relativize(p) + (p.equals(e.mergedFolder()) ? "/" : "")).toList()));
        setMessage(problem == null ? "Base model " + e.model().getFileName() + " with " + adapterName(e) + ", merged"
                : problem, problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(problem == null);
        }
        files.getParent().layout(true);
    }

    private String adapterName(ModelExport e) {
        return e.adapter().equals(run.folder()) ? "the run's final adapter"
                : "the adapter of " + e.adapter().getFileName() + " (the run has no final adapter)";
    }

    @Override
    protected void okPressed() {
        export = current();
        super.okPressed();
    }

    /** The user's choice, after OK. */
    public ModelExport export() {
        return export;
    }
}

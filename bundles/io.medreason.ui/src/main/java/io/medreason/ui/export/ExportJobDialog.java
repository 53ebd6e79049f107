package io.medreason.ui.export;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.medreason.core.cli.UsageException;
import io.medreason.launching.DistributedJobExport;

/**
 * <em>Export as Distributed Job…</em>: a LoRA Fine-tuning launch configuration and a new (or empty) job folder; the
 * job's {@code job.json} is the configuration the launch would train with.
 */
public final class ExportJobDialog extends TitleAreaDialog {

    private final List<ILaunchConfiguration> configurations;
    private final ILaunchConfiguration initial;
    private Combo launch;
    private FolderField folder;
    private DistributedJobExport export;

    public ExportJobDialog(Shell parent, List<ILaunchConfiguration> configurations, ILaunchConfiguration initial) {
        super(parent);
        this.configurations = configurations;
        this.initial = initial;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export as Distributed Job 匯出為分散式訓練工作");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export as Distributed Job (torchrun) 匯出為分散式訓練工作");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(2, false));
        new Label(form, SWT.NONE).setText("Launch configuration 啟動組態:");
        launch = new Combo(form, SWT.READ_ONLY);
        launch.setData(ExportModelDialog.ID_KEY, "launch");
        launch.setItems(configurations.stream().map(ILaunchConfiguration::getName).toArray(String[]::new));
        launch.select(Math.max(0, configurations.indexOf(initial)));
        launch.addListener(SWT.Selection, e -> validate());
        new Label(form, SWT.NONE).setText("Job folder 工作資料夾:");
        folder = new FolderField(form, null, this::validate);
        Label note = new Label(form, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        note.setText("Writes job.json, data/train.jsonl and eval.jsonl (converted, templated and tokenized here), "
                + "train.py, run.sh and README.md.\n寫入已轉換、套用範本並斷詞的資料與 torchrun 腳本。");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(OK).setText("Export 匯出");
        validate();
    }

    private DistributedJobExport current() throws CoreException {
        return DistributedJobExport.of(configurations.get(launch.getSelectionIndex()), folder.path());
    }

    private void validate() {
        String problem;
        try {
            problem = launch.getSelectionIndex() < 0 ? "No LoRA Fine-tuning launch configuration: create one under "
                    + "Run › Run Configurations…" : folder.isBlank() ? "Choose a new or empty job folder"
                    : current().problem();
        } catch (CoreException | UsageException | IllegalArgumentException e) {
            problem = launch.getText() + ": " + e.getMessage();
        }
        setMessage(problem == null ? "Ready to export " + launch.getText() : problem,
                problem == null ? IMessageProvider.NONE : IMessageProvider.ERROR);
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        try {
            export = current();
        } catch (CoreException e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
            return;
        }
        super.okPressed();
    }

    /** The user's choice, after OK. */
    public DistributedJobExport export() {
        return export;
    }

    /** The chosen job folder (for tests). */
    Path folder() {
        return folder.path();
    }
}

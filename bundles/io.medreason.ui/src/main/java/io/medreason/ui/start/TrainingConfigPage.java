package io.medreason.ui.start;

import io.medreason.launching.HardwareEstimate;
import io.medreason.launching.ModelFolderCheck;
import io.medreason.ui.dataset.DatasetFiles;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The page of New › LoRA Fine-tuning Configuration: name and project, the base model folder (checked: a supported
 * {@code config.json}, safetensors weights, tokenizer files) with its size, the data set, the hardware, and the
 * memory check of the recipe on that hardware.
 */
public final class TrainingConfigPage extends WizardPage {

    private final IStructuredSelection selection;
    private Text name;
    private Combo project;
    private Text model;
    private Button link;
    private Label modelInfo;
    private Text data;
    private Combo hardware;
    private Label memory;

    TrainingConfigPage(IStructuredSelection selection) {
        super("trainingConfiguration");
        this.selection = selection;
        setTitle("LoRA Fine-tuning Configuration 微調設定");
        setDescription("A base model folder, a data set and the hardware: the reference recipe's settings, checked "
                + "against the hardware's memory.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        name = text(c, "Name 名稱:", "Fine-tune Qwen2.5");
        new Label(c, SWT.NONE);
        new Label(c, SWT.NONE).setText("Project 專案:");
        project = new Combo(c, SWT.READ_ONLY);
        Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(IProject::isOpen)
                .forEach(p -> project.add(p.getName()));
        project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        selectProject();
        model = text(c, "Base model folder 模型資料夾:", "");
        browse(c, () -> new DirectoryDialog(getShell()).open(), model);
        link = new Button(c, SWT.CHECK);
        link.setText("Link the folder into the project as models/<name> (nothing is copied)");
        link.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        modelInfo = note(c);
        data = text(c, "Data set 資料集:", selectedDataSet());
        browse(c, () -> new FileDialog(getShell(), SWT.OPEN).open(), data);
        new Label(c, SWT.NONE).setText("Hardware 硬體:");
        hardware = new Combo(c, SWT.READ_ONLY);
        Arrays.stream(TrainingSetup.Hardware.values()).forEach(h -> hardware.add(h.label));
        hardware.select(0);
        hardware.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        hardware.addListener(SWT.Selection, e -> validate());
        memory = note(c);
        setControl(c);
        validate();
    }

    private Text text(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.addListener(SWT.Modify, e -> validate());
        return t;
    }

    private void browse(Composite c, java.util.function.Supplier<String> dialog, Text target) {
        Button b = new Button(c, SWT.PUSH);
        b.setText("Browse…");
        b.addListener(SWT.Selection, e -> {
            String chosen = dialog.get();
            if (chosen != null) {
                target.setText(chosen);
            }
        });
    }

    private Label note(Composite c) {
        Label l = new Label(c, SWT.WRAP);
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        gd.widthHint = 560;
        l.setLayoutData(gd);
        return l;
    }

    private void selectProject() {
        IResource r = selection == null || selection.isEmpty() || !(selection.getFirstElement() instanceof IAdaptable a)
                ? null : a.getAdapter(IResource.class);
        int at = r == null ? -1 : project.indexOf(r.getProject().getName());
        project.select(Math.max(at, 0));
    }

    private String selectedDataSet() {
        Object first = selection == null ? null : selection.getFirstElement();
        IFile f = first instanceof IAdaptable a ? a.getAdapter(IFile.class) : null;
        return f != null && DatasetFiles.isDataset(f) && f.getLocation() != null ? f.getLocation().toOSString() : "";
    }

    private void validate() {
        if (memory == null) {
            return;
        }
        setMessage(null);
        modelInfo.setText("");
        memory.setText("");
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
        if (problem == null) {
            modelInfo.setText(HardwareEstimate.describeModel(model()));
            showMemory();
        }
        ((Composite) getControl()).layout(true, true);
    }

    private String problem() {
        if (name.getText().isBlank()) {
            return "Give the configuration a name";
        }
        if (project.getSelectionIndex() < 0) {
            return "Create a project first (File › New › MedReason Sample Project, or File › New › Project)";
        }
        if (model.getText().isBlank()) {
            return "Choose the base model folder (a Hugging Face folder such as Qwen2.5-3B-Instruct)";
        }
        ModelFolderCheck check = ModelFolderCheck.of(model());
        if (!check.ok()) {
            return check.problem();
        }
        if (data.getText().isBlank() || !java.nio.file.Files.isRegularFile(Path.of(data.getText().strip()))) {
            return data.getText().isBlank() ? "Choose the data set" : "Data set " + data.getText().strip()
                    + " does not exist";
        }
        return null;
    }

    private void showMemory() {
        try {
            TrainingSetup.Hardware h = hardware();
            HardwareEstimate e = TrainingSetup.estimate(draft(), h);
            if (e == null) {
                memory.setText("Memory: cannot read the model's dimensions from config.json");
                return;
            }
            memory.setText("Memory 記憶體: " + e.text() + (e.fits() ? "\nFits." : "\nDoes NOT fit. " + e.advice()));
            if (!e.fits()) {
                setMessage("This run will not fit in the memory of " + h.label + ". " + e.advice(),
                        IMessageProvider.WARNING);
            }
        } catch (CoreException ex) {
            memory.setText(ex.getMessage());
        }
    }

    /** The configuration as chosen on the page (not saved). */
    ILaunchConfigurationWorkingCopy draft() throws CoreException {
        return TrainingSetup.draft(project(), name.getText().strip(), model(), Path.of(data.getText().strip()),
                hardware());
    }

    Path model() {
        return Path.of(model.getText().strip());
    }

    IProject project() {
        return ResourcesPlugin.getWorkspace().getRoot().getProject(project.getText());
    }

    boolean linkModel() {
        return link.getSelection();
    }

    TrainingSetup.Hardware hardware() {
        return TrainingSetup.Hardware.values()[hardware.getSelectionIndex()];
    }

    /** Fills the page as a user would (for tests). */
    public void fill(String configName, Path modelFolder, Path dataSet, int hardwareIndex, boolean linkFolder) {
        name.setText(configName);
        model.setText(modelFolder.toString());
        data.setText(dataSet.toString());
        hardware.select(hardwareIndex);
        link.setSelection(linkFolder);
        validate();
    }

    /** The model line and the memory text shown (for tests). */
    public String shownText() {
        return modelInfo.getText() + "\n" + memory.getText();
    }
}

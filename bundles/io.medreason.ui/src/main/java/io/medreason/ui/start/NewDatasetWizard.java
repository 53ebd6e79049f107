package io.medreason.ui.start;

import io.medreason.dataset.model.Container;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.ui.MedReasonUi;
import io.medreason.ui.dataset.DatasetEditor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File › New › SFT Data Set: a new data set file in a chosen format, empty or with one example record. */
public final class NewDatasetWizard extends Wizard implements INewWizard {

    /** The wizard's id (plugin.xml). */
    public static final String ID = "io.medreason.ui.wizards.dataset";

    private IWorkbench workbench;
    private IStructuredSelection selection;
    private Page page;

    public NewDatasetWizard() {
        setWindowTitle("New SFT Data Set 新資料集");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        this.selection = selection;
    }

    @Override
    public void addPages() {
        page = new Page(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            var active = workbench.getActiveWorkbenchWindow().getActivePage();
            if (page.example()) {
                IDE.openEditor(active, file, DatasetEditor.ID);
            } else {
                IDE.openEditor(active, file);
            }
        } catch (PartInitException e) {
            MedReasonUi.logError("Cannot open " + file, e);
        }
        return true;
    }

    /** The file page with the format, the container and the example box. */
    public static final class Page extends WizardNewFileCreationPage {

        private Combo format;
        private Combo container;
        private Button example;

        Page(IStructuredSelection selection) {
            super("dataset", selection);
            setTitle("SFT Data Set 資料集");
            setDescription("A supervised fine-tuning data set: one question, reasoning and answer per record.");
            setFileName("dataset.json");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            c.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(c, SWT.NONE).setText("Format 格式:");
            format = new Combo(c, SWT.READ_ONLY);
            NewDatasets.FORMATS.forEach(f -> format.add(f.getLiteral()));
            format.select(0);
            new Label(c, SWT.NONE).setText("File 檔案:");
            container = new Combo(c, SWT.READ_ONLY);
            container.setItems("JSON array (.json)", "JSON Lines (.jsonl, one record a line)");
            container.select(0);
            container.addListener(SWT.Selection, e -> setFileName(withExtension(getFileName())));
            example = new Button(c, SWT.CHECK);
            example.setText("Start with one example record 附一筆範例");
            example.setSelection(true);
            example.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
            super.createAdvancedControls(parent);
        }

        private String withExtension(String name) {
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + "." + NewDatasets.extension(container());
        }

        @Override
        protected InputStream getInitialContents() {
            return new ByteArrayInputStream(NewDatasets.contents(format(), container(), example()));
        }

        public DatasetFormat format() {
            return NewDatasets.FORMATS.get(format.getSelectionIndex());
        }

        public Container container() {
            return container.getSelectionIndex() == 1 ? Container.JSON_LINES : Container.JSON_ARRAY;
        }

        public boolean example() {
            return example.getSelection();
        }

        /** The format, container and example choices (for tests). */
        public void choose(DatasetFormat f, Container c, boolean withExample) {
            format.select(NewDatasets.FORMATS.indexOf(f));
            container.select(c == Container.JSON_LINES ? 1 : 0);
            setFileName(withExtension(getFileName()));
            example.setSelection(withExample);
        }
    }

    /** The page (for tests). */
    public Page page() {
        return page;
    }
}

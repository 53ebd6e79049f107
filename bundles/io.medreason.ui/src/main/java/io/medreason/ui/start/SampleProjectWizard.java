package io.medreason.ui.start;

import io.medreason.ui.MedReasonUi;
import io.medreason.ui.dataset.DatasetEditor;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * File › New › MedReason Sample Project: a project with the sample data set, the tiny model and a launch
 * configuration that trains it in about a minute on a CPU ({@link SampleProject}); Finish opens the data set.
 */
public final class SampleProjectWizard extends Wizard implements INewWizard {

    /** The wizard's id (plugin.xml). */
    public static final String ID = "io.medreason.ui.wizards.sampleProject";

    private IWorkbench workbench;
    private WizardNewProjectCreationPage page;
    private SampleProject created;

    public SampleProjectWizard() {
        setWindowTitle("New MedReason Sample Project 新範例專案");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("sample");
        page.setTitle("MedReason Sample Project 範例專案");
        page.setDescription("49 medical-o1 records (Simplified Chinese), the tiny Qwen2 model and a LoRA run that "
                + "trains in about a minute on a CPU.");
        page.setInitialProjectName(uniqueName());
        addPage(page);
    }

    private static String uniqueName() {
        String name = SampleProject.DEFAULT_NAME;
        for (int i = 2; ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists(); i++) {
            name = SampleProject.DEFAULT_NAME + "-" + i;
        }
        return name;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(page.useDefaults() ? null : page.getLocationURI());
        WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                project.create(description, monitor);
                created = SampleProject.create(project, monitor);
            }
        };
        try {
            getContainer().run(true, false, op);
        } catch (InvocationTargetException e) {
            MedReasonUi.logError("Cannot create the sample project", e.getCause());
            MessageDialog.openError(getShell(), "New MedReason Sample Project", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        openDataSet();
        return true;
    }

    private void openDataSet() {
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        try {
            IDE.openEditor(active, new FileEditorInput(created.dataFile()), DatasetEditor.ID);
        } catch (PartInitException e) {
            MedReasonUi.logError("Cannot open " + created.dataFile(), e);
        }
    }

    /** The project the last Finish created (for tests and the guide). */
    public SampleProject created() {
        return created;
    }
}

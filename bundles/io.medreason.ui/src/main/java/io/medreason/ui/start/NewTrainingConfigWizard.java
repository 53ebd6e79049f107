package io.medreason.ui.start;

import io.medreason.ui.MedReasonUi;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * File › New › LoRA Fine-tuning Configuration: a shared launch configuration ({@code NAME.launch} in a project) for
 * a checked model folder, a data set and the hardware it will run on, with the memory check of that hardware.
 * Finish saves it and selects it in the Run Configurations dialog, so its tabs can be refined.
 */
public final class NewTrainingConfigWizard extends Wizard implements INewWizard {

    /** The wizard's id (plugin.xml). */
    public static final String ID = "io.medreason.ui.wizards.trainingConfiguration";

    private IStructuredSelection selection;
    private TrainingConfigPage page;
    private ILaunchConfiguration saved;
    private boolean openDialog = true;

    public NewTrainingConfigWizard() {
        setWindowTitle("New LoRA Fine-tuning Configuration 新微調設定");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.selection = selection;
    }

    @Override
    public void addPages() {
        page = new TrainingConfigPage(selection);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            if (page.linkModel()) {
                TrainingSetup.link(page.project(), page.model());
            }
            ILaunchConfigurationWorkingCopy wc = page.draft();
            saved = wc.doSave();
        } catch (CoreException e) {
            MedReasonUi.logError("Cannot save the launch configuration", e);
            MessageDialog.openError(getShell(), getWindowTitle(), e.getMessage());
            return false;
        }
        if (openDialog) {
            var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            getShell().getDisplay().asyncExec(() -> DebugUITools.openLaunchConfigurationDialogOnGroup(
                    window.getShell(), new StructuredSelection(saved), IDebugUIConstants.ID_RUN_LAUNCH_GROUP));
        }
        return true;
    }

    /** Whether Finish opens the Run Configurations dialog on the new configuration (tests turn it off). */
    public void setOpenDialog(boolean open) {
        openDialog = open;
    }

    /** The configuration the last Finish saved. */
    public ILaunchConfiguration saved() {
        return saved;
    }

    /** The page (for tests). */
    public TrainingConfigPage page() {
        return page;
    }
}

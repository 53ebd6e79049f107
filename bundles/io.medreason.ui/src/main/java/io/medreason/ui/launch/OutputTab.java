package io.medreason.ui.launch;

import io.medreason.launching.TrainingAttributes;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** Output tab: the run folder, the checkpoint interval, resuming, and how long Terminate waits for a checkpoint. */
final class OutputTab extends AttributeTab {

    private Text stopTimeout;

    @Override
    protected void createFields(Composite c) {
        path(c, "Run folder:", "output", true);
        text(c, "Checkpoint every N steps:", "checkpoint-every");
        text(c, "Keep the newest N checkpoints (0 = all):", "save-total-limit");
        check(c, "Resume from the newest checkpoint in the run folder", "resume");
        new org.eclipse.swt.widgets.Label(c, 0).setText("Terminate waits (seconds):");
        stopTimeout = new Text(c, org.eclipse.swt.SWT.BORDER);
        org.eclipse.jface.layout.GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(stopTimeout);
        stopTimeout.addListener(org.eclipse.swt.SWT.Modify, e -> changed());
        note(c, "The run folder receives training_config.json (the run's settings), metrics.jsonl, checkpoint-N folders and the final "
                + "adapter (PEFT layout). Terminate asks the run to checkpoint and stop, and kills it after the wait.");
    }

    @Override
    protected void initializeMore(ILaunchConfiguration configuration) throws CoreException {
        stopTimeout.setText(Integer.toString(configuration.getAttribute(TrainingAttributes.STOP_TIMEOUT, 120)));
    }

    @Override
    protected void applyMore(ILaunchConfigurationWorkingCopy configuration) {
        try {
            configuration.setAttribute(TrainingAttributes.STOP_TIMEOUT, Integer.parseInt(stopTimeout.getText()
                    .strip()));
        } catch (NumberFormatException e) {
            configuration.setAttribute(TrainingAttributes.STOP_TIMEOUT, -1);
        }
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        try {
            if (configuration.getAttribute(TrainingAttributes.STOP_TIMEOUT, 120) < 1) {
                setErrorMessage("Terminate's wait must be a whole number of seconds ≥ 1 (Output tab)");
                return false;
            }
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
        return super.isValid(configuration);
    }

    @Override
    public String getName() {
        return "Output";
    }
}

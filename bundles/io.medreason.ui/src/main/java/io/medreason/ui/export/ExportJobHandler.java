package io.medreason.ui.export;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medreason.launching.TrainingLaunch;

/**
 * <em>Export as Distributed Job…</em> (Run menu, Training Runs' toolbar): picks a LoRA Fine-tuning launch
 * configuration (the selected one when a configuration is selected) and a job folder, then runs {@code medreason job
 * export} on the launch's configuration as a background job.
 */
public final class ExportJobHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.medreason.ui.export.exportJob";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShell(event);
        Display display = shell.getDisplay(); // taken now: the shell that was active may be gone when the dialog closes
        List<ILaunchConfiguration> configurations = configurations();
        ExportJobDialog dialog = new ExportJobDialog(shell, configurations,
                selected(HandlerUtil.getCurrentSelection(event)));
        if (dialog.open() == ExportJobDialog.OK) {
            ExportReport.schedule(dialog.export(), display);
        }
        return null;
    }

    static List<ILaunchConfiguration> configurations() throws ExecutionException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        try {
            return Arrays.asList(m.getLaunchConfigurations(m.getLaunchConfigurationType(TrainingLaunch.TYPE_ID)));
        } catch (CoreException e) {
            throw new ExecutionException("cannot list the LoRA Fine-tuning launch configurations", e);
        }
    }

    private static ILaunchConfiguration selected(ISelection selection) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            return Adapters.adapt(s.getFirstElement(), ILaunchConfiguration.class);
        }
        return null;
    }
}

package io.medreason.ui.export;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;

/** <em>Export Model…</em> on a run in Training Runs: asks what to export, then runs it as a background job. */
public final class ExportModelHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.medreason.ui.export.exportModel";

    private static final String TITLE = "Export Model 匯出模型";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        RunState run = selectedRun(HandlerUtil.getCurrentSelection(event));
        String problem = run == null ? "Select a finished run in Training Runs first."
                : run.status() == RunStatus.RUNNING ? run.name() + " is still training: export it when it has finished."
                : run.adapter().isEmpty() ? run.name() + " has no adapter (no final adapter and no checkpoint)."
                : null;
        if (problem != null) {
            MessageDialog.openInformation(shell, TITLE, problem);
            return null;
        }
        org.eclipse.swt.widgets.Display display = shell.getDisplay(); // the active shell may be gone after the dialog
        ExportModelDialog dialog = new ExportModelDialog(shell, run);
        if (dialog.open() == ExportModelDialog.OK) {
            ExportReport.schedule(dialog.export(), display);
        }
        return null;
    }

    static RunState selectedRun(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof RunState run) {
            return run;
        }
        return null;
    }
}

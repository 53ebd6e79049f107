package io.medreason.ui.chinese;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.medreason.chinese.DatasetConverter;
import io.medreason.ui.dataset.DatasetFiles;

/**
 * <em>Convert Dataset to Traditional Chinese…</em> on a data set file in the Project Explorer or its editor; any
 * other file (a model's config.json, a run's metrics.jsonl) is refused with a message naming it.
 */
public final class ConvertDatasetHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.medreason.ui.convertDataset";

    /** The title of its messages. */
    public static final String TITLE = "Convert Dataset";

    @Override
    public Object execute(ExecutionEvent event) {
        IFile file = selectedFile(event);
        Shell shell = HandlerUtil.getActiveShell(event);
        if (file == null || file.getLocation() == null) {
            MessageDialog.openInformation(shell, TITLE, "Select a .json or .jsonl data set file first.");
            return null;
        }
        if (!DatasetFiles.isDataset(file)) { // the menu shows for data sets only; another caller may not ask
            MessageDialog.openInformation(shell, TITLE, DatasetFiles.notADataset(file));
            return null;
        }
        ConvertDatasetDialog dialog = new ConvertDatasetDialog(shell, file.getLocation().toFile().toPath());
        if (dialog.open() == ConvertDatasetDialog.OK) {
            new ConvertDatasetJob(dialog.request(), summary -> report(shell.getDisplay(), dialog.request(), summary))
                    .schedule();
        }
        return null;
    }

    private static IFile selectedFile(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null) {
                return file;
            }
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        IEditorInput input = editor == null ? null : editor.getEditorInput();
        return input == null ? null : Adapters.adapt(input, IFile.class);
    }

    private static void report(Display display, ConvertDatasetRequest request, DatasetConverter.Summary summary) {
        Path out = request.output();
        display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), "Conversion finished 轉換完成",
                String.format("%s → %s (%s)%n%,d records, %,d fields converted, %,d fields changed, "
                        + "%,d characters changed.", request.input().getFileName(), out.getFileName(),
                        request.profile(), summary.records(), summary.fieldsConverted(), summary.fieldsChanged(),
                        summary.charactersChanged())));
    }
}

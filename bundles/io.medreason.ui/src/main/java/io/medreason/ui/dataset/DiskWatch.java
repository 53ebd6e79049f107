package io.medreason.ui.dataset;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Runs a check when the editor is activated, and when its window is activated while it is the active editor (the
 * user comes back from another program), as Eclipse's text editors look for changes on disk.
 */
final class DiskWatch implements IPartListener2 {

    private final IEditorPart editor;
    private final IWorkbenchPage page;
    private final Shell shell;
    private final Runnable check;
    private final Listener shellActivated;

    DiskWatch(IEditorPart editor, IEditorSite site, Runnable check) {
        this.editor = editor;
        this.page = site.getPage();
        this.shell = site.getShell();
        this.check = check;
        this.shellActivated = event -> {
            if (page.getActiveEditor() == editor && page.getActivePart() == editor) {
                shell.getDisplay().asyncExec(check);
            }
        };
        page.addPartListener(this);
        shell.addListener(SWT.Activate, shellActivated);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == editor) {
            shell.getDisplay().asyncExec(check); // after the activation has finished
        }
    }

    void dispose() {
        page.removePartListener(this);
        if (!shell.isDisposed()) {
            shell.removeListener(SWT.Activate, shellActivated);
        }
    }
}

package io.medreason.ui.dataset;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects the workbench's Undo, Redo, Revert and Delete actions to the active data set editor. */
public final class DatasetEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (bars == null || !(part instanceof DatasetEditor editor)) {
            return;
        }
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.undoAction());
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.redoAction());
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), editor.revertAction());
        bars.updateActionBars();
    }
}

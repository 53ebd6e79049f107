package io.medreason.ui.dataset;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** The workbench's Undo or Redo action for an EMF command stack (label names the command). */
final class CommandStackAction extends Action {

    private final CommandStack stack;
    private final boolean undo;

    private final Runnable before;

    private CommandStackAction(CommandStack stack, boolean undo, Runnable before) {
        this.stack = stack;
        this.before = before;
        this.undo = undo;
        setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo");
        setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
        update();
    }

    /** Undo; {@code before} runs first (commits typing that is still pending). */
    static CommandStackAction undo(CommandStack stack, Runnable before) {
        return new CommandStackAction(stack, true, before);
    }

    static CommandStackAction redo(CommandStack stack, Runnable before) {
        return new CommandStackAction(stack, false, before);
    }

    /** Enables the action and names the command it would undo or redo. */
    void update() {
        boolean possible = undo ? stack.canUndo() : stack.canRedo();
        setEnabled(possible);
        Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
        String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
        setText((undo ? "&Undo" : "&Redo") + label);
    }

    @Override
    public void run() {
        before.run();
        if (undo && stack.canUndo()) {
            stack.undo();
        } else if (!undo && stack.canRedo()) {
            stack.redo();
        }
    }
}

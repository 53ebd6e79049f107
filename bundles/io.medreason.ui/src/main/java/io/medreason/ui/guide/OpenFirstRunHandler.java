package io.medreason.ui.guide;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help › Distil Your First Model: shows {@link FirstRunView}. */
public final class OpenFirstRunHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(FirstRunView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open Distil Your First Model", e);
        }
        return null;
    }
}

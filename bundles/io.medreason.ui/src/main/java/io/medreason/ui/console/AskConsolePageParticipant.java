package io.medreason.ui.console;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.part.IPageBookViewPage;

/** The Ask the Model console's tool bar: Stop, Compare with base model. */
public final class AskConsolePageParticipant implements IConsolePageParticipant {

    @Override
    public void init(IPageBookViewPage page, IConsole console) {
        AskConsole ask = (AskConsole) console;
        IToolBarManager bar = page.getSite().getActionBars().getToolBarManager();
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, new Action("Stop") {
            @Override
            public void run() {
                ask.stop();
            }
        });
        Action compare = new Action("Compare with Base Model", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                ask.setCompare(isChecked());
            }
        };
        compare.setEnabled(ask.adapter() != null);
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, compare);
        page.getSite().getActionBars().updateActionBars();
    }

    @Override
    public void dispose() {
    }

    @Override
    public void activated() {
    }

    @Override
    public void deactivated() {
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}

package io.medreason.ui.console;

import java.util.Arrays;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsolePageParticipant;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.IPageBookViewPage;

import io.medreason.ui.MedReasonUi;
import io.medreason.ui.compare.CompareView;

/**
 * The Ask the Model console's tool bar: Stop, Compare with Base Model (opens {@link CompareView}: both answers in two
 * columns at the same time), s2twp, Sampling.
 */
public final class AskConsolePageParticipant implements IConsolePageParticipant {

    @Override
    public void init(IPageBookViewPage page, IConsole console) {
        AskConsole ask = (AskConsole) console;
        IToolBarManager bar = page.getSite().getActionBars().getToolBarManager();
        Action stop = new Action("Stop") {
            @Override
            public void run() {
                ask.stop();
            }
        };
        stop.setToolTipText("Stop the answer 停止回答 (the model stays loaded)");
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, stop);
        Action compare = new Action("Compare with Base Model") {
            @Override
            public void run() {
                try {
                    CompareView.open(ask.model(), ask.adapter(), ask.sampling());
                } catch (PartInitException e) {
                    MedReasonUi.logError("Cannot open Base vs Fine-tuned", e);
                }
            }
        };
        compare.setToolTipText("Ask the base model and the fine-tuned model side by side 並排比較");
        compare.setEnabled(ask.adapter() != null);
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, compare);
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, new Action("s2twp 臺灣正體", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                ask.setConvertToTaiwan(isChecked());
            }
        });
        bar.appendToGroup(IConsoleConstants.LAUNCH_GROUP, new Action("Sampling…") {
            @Override
            public void run() {
                InputDialog d = new InputDialog(page.getSite().getShell(), "Sampling", "Flags of medreason ask "
                        + "(--temperature, --top-p, --top-k, --repetition-penalty, --max-new-tokens, --seed):",
                        String.join(" ", ask.sampling()), null);
                if (d.open() == Window.OK) {
                    ask.setSampling(Arrays.stream(d.getValue().strip().split("\\s+")).filter(f -> !f.isEmpty())
                            .toList());
                }
            }
        });
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

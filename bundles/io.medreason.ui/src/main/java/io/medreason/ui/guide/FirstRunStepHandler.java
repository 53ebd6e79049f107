package io.medreason.ui.guide;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The command {@value #COMMAND_ID}{@code (step=…)} behind the cheat sheet's click-to-perform links: {@code statistics},
 * {@code convert}, {@code train}, {@code chart}, {@code compare} ({@link FirstRunSteps}). A step that cannot be done
 * yet says what to do first.
 */
public final class FirstRunStepHandler extends AbstractHandler {

    public static final String COMMAND_ID = "io.medreason.ui.guide.firstRunStep";
    public static final String STEP = "step";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        String step = event.getParameter(STEP);
        String problem = switch (step == null ? "" : step) {
            case "statistics" -> FirstRunSteps.statistics(page);
            case "convert" -> FirstRunSteps.convertRecord(page);
            case "train" -> FirstRunSteps.train(page);
            case "chart" -> FirstRunSteps.chart(page);
            case "compare" -> FirstRunSteps.compare(page);
            default -> throw new ExecutionException("unknown first-run step '" + step + "'");
        };
        if (problem != null) {
            MessageDialog.openInformation(window.getShell(), "Distil your first model 蒸餾你的第一個模型", problem);
        }
        return null;
    }
}

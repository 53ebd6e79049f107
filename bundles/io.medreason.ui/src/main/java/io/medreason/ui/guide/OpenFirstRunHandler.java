package io.medreason.ui.guide;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;

/**
 * Help › Distil Your First Model: opens the cheat sheet {@value #CHEAT_SHEET} in the Cheat Sheets view. (The cheat
 * sheets bundle's own open command also offers dialogs' help trays, which need org.eclipse.help.ui: not in the
 * product.)
 */
public final class OpenFirstRunHandler extends AbstractHandler {

    public static final String CHEAT_SHEET = "io.medreason.ui.cheatsheets.firstModel";

    @Override
    public Object execute(ExecutionEvent event) {
        new OpenCheatSheetAction(CHEAT_SHEET).run();
        return null;
    }
}

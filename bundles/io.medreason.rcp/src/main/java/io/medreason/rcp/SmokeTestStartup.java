package io.medreason.rcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The product smoke test's hook: started with {@code -Dmedreason.smoketest=FILE}, the workbench writes the active
 * perspective and window title to FILE once it is up, then closes itself normally. Without the property it does
 * nothing.
 */
public final class SmokeTestStartup implements IStartup {

    public static final String PROPERTY = "medreason.smoketest";

    @Override
    public void earlyStartup() {
        String report = System.getProperty(PROPERTY);
        if (report == null || report.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.asyncExec(() -> display.timerExec(2000, () -> reportAndClose(workbench, Path.of(report))));
    }

    private static void reportAndClose(IWorkbench workbench, Path report) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        String perspective = window == null ? "none" : window.getActivePage().getPerspective().getId();
        String title = window == null ? "none" : window.getShell().getText();
        try {
            Files.writeString(report, "perspective=" + perspective + "\ntitle=" + title + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("smoke test: cannot write " + report + ": " + e.getMessage());
        }
        workbench.close();
    }
}

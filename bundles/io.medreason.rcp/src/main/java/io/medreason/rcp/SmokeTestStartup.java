package io.medreason.rcp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * The product smoke test's hook: started with {@code -Dmedreason.smoketest=FILE}, the workbench writes the active
 * perspective and window title to FILE once it is up, then what the workbench has of ours (bundles left unresolved,
 * the perspective, views, data set editor and launch type as registered), then closes itself normally. The update-site
 * install test reads the same report from a plain Eclipse with our feature installed. Without the property it does
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
            Files.writeString(report, "perspective=" + perspective + "\ntitle=" + title + "\n"
                    + registrations(workbench), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("smoke test: cannot write " + report + ": " + e.getMessage());
        }
        workbench.close();
    }

    private static final List<String> VIEWS = List.of("io.medreason.ui.chineseConversion",
            "io.medreason.ui.runs.TrainingRunsView", "io.medreason.ui.chart.LossChartView");

    /** One line per thing of ours the workbench should have: "kind id=registered|missing". */
    private static String registrations(IWorkbench workbench) {
        StringBuilder lines = new StringBuilder("unresolved=" + unresolvedBundles() + "\n");
        lines.append(line("perspective " + ModelEngineeringPerspective.ID,
                workbench.getPerspectiveRegistry().findPerspectiveWithId(ModelEngineeringPerspective.ID) != null));
        for (String view : VIEWS) {
            lines.append(line("view " + view, workbench.getViewRegistry().find(view) != null));
        }
        String editor = "io.medreason.ui.datasetEditor";
        lines.append(line("editor " + editor, workbench.getEditorRegistry().findEditor(editor) != null));
        String type = "io.medreason.launching.loraFineTuning";
        ILaunchConfigurationType launchType = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(type);
        lines.append("launch type " + type + "=" + (launchType == null ? "missing" : launchType.getName()) + "\n");
        return lines.toString();
    }

    private static String line(String what, boolean registered) {
        return what + "=" + (registered ? "registered" : "missing") + "\n";
    }

    private static String unresolvedBundles() {
        Bundle[] all = FrameworkUtil.getBundle(SmokeTestStartup.class).getBundleContext().getBundles();
        String names = Arrays.stream(all).filter(b -> b.getSymbolicName().startsWith("io.medreason"))
                .filter(b -> b.getState() == Bundle.INSTALLED).map(Bundle::getSymbolicName)
                .collect(Collectors.joining(","));
        return names.isEmpty() ? "none" : names;
    }
}

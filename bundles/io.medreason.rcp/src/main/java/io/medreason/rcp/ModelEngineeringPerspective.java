package io.medreason.rcp;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

/**
 * The <em>Model Engineering</em> perspective: data sets and runs in the Project Explorer on the left, editors in the
 * middle, and Console, Problems, Properties and Progress below. Views that later bundles contribute (conversion,
 * training runs, loss chart) are placed through the {@code org.eclipse.ui.perspectiveExtensions} extension point.
 */
public final class ModelEngineeringPerspective implements IPerspectiveFactory {

    public static final String ID = "io.medreason.rcp.perspective";
    public static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    public static final String LEFT = "io.medreason.rcp.left";
    public static final String BOTTOM = "io.medreason.rcp.bottom";
    public static final String RIGHT = "io.medreason.rcp.right";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(LEFT, IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        layout.createPlaceholderFolder(RIGHT, IPageLayout.RIGHT, 0.70f, editorArea);
        addShortcuts(layout);
    }

    private static void addShortcuts(IPageLayout layout) {
        layout.addShowViewShortcut(PROJECT_EXPLORER);
        layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}

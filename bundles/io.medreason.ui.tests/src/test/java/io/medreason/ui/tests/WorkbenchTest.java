package io.medreason.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.medreason.rcp.ModelEngineeringPerspective;

/** The product's workbench under Xvfb: the Model Engineering perspective, its views, Chinese text (the clean log is {@link ErrorLogTest}'s). */
class WorkbenchTest {

    @Test
    void modelEngineeringPerspectiveOpensWithItsViewsAndRendersChinese() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        IWorkbenchPage page = window.getActivePage();
        assertEquals(ModelEngineeringPerspective.ID, page.getPerspective().getId());
        assertTrue(page.getPerspective().getLabel().contains("模型工程"), page.getPerspective().getLabel());

        List<String> views = new ArrayList<>();
        for (IViewReference ref : page.getViewReferences()) {
            views.add(ref.getId());
        }
        for (String id : List.of(ModelEngineeringPerspective.PROJECT_EXPLORER, "org.eclipse.ui.console.ConsoleView",
                "org.eclipse.ui.views.ProblemView", "org.eclipse.ui.views.PropertySheet",
                "org.eclipse.ui.views.ProgressView")) {
            assertTrue(views.contains(id), id + " missing from " + views);
        }

        IFile file = sampleProjectWithChineseNames();
        IDE.openEditor(page, file);
        page.showView(ModelEngineeringPerspective.PROJECT_EXPLORER);
        window.getShell().setSize(1280, 800);
        Path png = Screenshots.save(window.getShell(), "workbench");
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertEquals(1280, data.width);
        assertTrue(distinctColours(data) > 16, "the screenshot is blank: " + png);
    }

    private static IFile sampleProjectWithChineseNames() throws Exception {
        IProject project = WorkspaceFiles.project("醫療推理資料");
        IFile file = project.getFile("病例範例.txt");
        if (!file.exists()) {
            byte[] text = "醫生，我最近早上起床都會頭暈，而且手指尖有點麻麻的，這是中風的前兆嗎？\n".getBytes(StandardCharsets.UTF_8);
            file.create(new ByteArrayInputStream(text), true, null);
        }
        return file;
    }

    private static int distinctColours(ImageData data) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }
}

package io.medreason.ui.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.medreason.dataset.bench.SyntheticData;
import io.medreason.dataset.model.Record;
import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;
import io.medreason.ui.tests.WorkspaceFiles;

/** A 20 MB generated data set in the editor: loads, filters, sorts and measures; prints the times (no limits). */
class LargeDatasetEditorTest {

    @Test
    void largeDataSetOpensFiltersSortsAndMeasures() throws Exception {
        IProject project = WorkspaceFiles.project("大型資料集");
        IFile file = project.getFile("synthetic-20MB.json");
        Path path = file.getLocation().toPath();
        int written = SyntheticData.write(path, 20_000_000L, 7);
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.getWorkbenchWindow().getShell().setSize(1400, 900);

        long start = System.nanoTime();
        DatasetEditor editor = (DatasetEditor) IDE.openEditor(page, file);
        long uiBlocked = System.nanoTime() - start;
        UiWait.until("the 20 MB data set to load", 120_000, () -> editor.dataset() != null);
        long loaded = System.nanoTime() - start;
        List<Record> records = editor.dataset().getRecords();
        assertEquals(written, records.size());
        Table table = editor.recordsTable();
        assertEquals(written, table.getItemCount());

        String regex = "肌鈣蛋白|[Tt]roponin";
        Pattern pattern = Pattern.compile(regex);
        long expected = records.stream().filter(r -> pattern.matcher(r.getQuestion()).find()
                || pattern.matcher(r.getReasoning()).find() || pattern.matcher(r.getResponse()).find()).count();
        long filterStart = System.nanoTime();
        int shown = editor.filter(regex, true);
        long filtered = System.nanoTime() - filterStart;
        assertEquals(expected, shown);
        assertTrue(shown > 0 && shown < written, shown + " of " + written);
        editor.filter("", false);

        long sortStart = System.nanoTime();
        table.getColumn(2).notifyListeners(SWT.Selection, new Event());
        long sorted = System.nanoTime() - sortStart;
        int first = Integer.parseInt(table.getItem(0).getText(2));
        int second = Integer.parseInt(table.getItem(1).getText(2));
        int last = Integer.parseInt(table.getItem(written - 1).getText(2));
        assertTrue(first <= second && second <= last, first + ", " + second + " … " + last);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "dataset-editor-records-large");

        long statsStart = System.nanoTime();
        editor.showPage(2);
        UiWait.until("the statistics of the large set", 120_000, () -> editor.statistics() != null);
        long measured = System.nanoTime() - statsStart;
        assertEquals(written, editor.statistics().records());
        Screenshots.save(page.getWorkbenchWindow().getShell(), "dataset-editor-statistics-large");
        System.out.println(String.format(Locale.ROOT,
                "large data set: %d records, %.1f MB: UI thread in openEditor %d ms, loaded and validated after %d ms, "
                        + "regex filter %d ms (%d rows), sort by reasoning length %d ms, statistics %d ms",
                written, Files.size(path) / 1e6, uiBlocked / 1_000_000, loaded / 1_000_000, filtered / 1_000_000,
                shown, sorted / 1_000_000, measured / 1_000_000));
        page.closeAllEditors(false);
        Files.deleteIfExists(path);
    }
}

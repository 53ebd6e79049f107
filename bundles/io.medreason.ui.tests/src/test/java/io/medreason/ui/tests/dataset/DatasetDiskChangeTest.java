package io.medreason.ui.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.dataset.RecordField;
import io.medreason.ui.tests.ModalDialogs;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;
import io.medreason.ui.tests.WorkspaceFiles;

/**
 * The data set editor and another program writing its file: a save asks Overwrite / Reload / Cancel and does what
 * the answer says, and activating an editor without unsaved edits reads the changed file again, with a message.
 * The file is changed from the test with plain file writes, as another program would.
 */
class DatasetDiskChangeTest {

    private static final String Q0 = "醫生，我最近早上起床都會頭暈，手指尖有點麻麻的，這是中風的前兆嗎？";
    private static final String Q1 = "醫生，我最近總是口渴、小便多，體重還下降了，這是怎麼回事？";
    private static final String SAMPLE = "[\n"
            + "  {\n    \"Question\": \"" + Q0 + "\",\n"
            + "    \"Complex_CoT\": \"頭暈合併單側肢體麻木要先排除短暫性腦缺血發作。\",\n"
            + "    \"Response\": \"建議盡快就醫，先量血壓與血糖。\"\n  },\n"
            + "  {\n    \"Question\": \"" + Q1 + "\",\n"
            + "    \"Complex_CoT\": \"多飲、多尿、體重下降是典型的「三多一少」。\",\n"
            + "    \"Response\": \"建議到內分泌科檢查空腹血糖與糖化血色素。\"\n  }\n"
            + "]\n";
    private static final String TITLE = "File Changed on Disk 檔案已在磁碟上變更";

    private IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    private DatasetEditor open(String name) throws Exception {
        IFile file = WorkspaceFiles.write("資料集磁碟變更測試", name, SAMPLE);
        shell().setSize(1400, 900);
        IEditorPart part = IDE.openEditor(page(), file);
        assertTrue(part instanceof DatasetEditor, "default editor: " + part);
        DatasetEditor editor = (DatasetEditor) part;
        UiWait.until("the data set to load", 20_000, () -> editor.dataset() != null);
        return editor;
    }

    private static Path disk(DatasetEditor editor) {
        return ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile().getLocation().toPath();
    }

    /** Writes the file as another program would, two seconds "later" than the editor's own write. */
    private static void writeElsewhere(Path file, String content) throws Exception {
        long before = Files.getLastModifiedTime(file).toMillis();
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before + 2000));
    }

    private static void editQuestion(DatasetEditor editor, int record, String text) {
        editor.selectRecord(record);
        editor.showPage(1);
        editor.fieldText(RecordField.QUESTION).setFocus();
        editor.fieldText(RecordField.QUESTION).setText(text);
        UiWait.until("the edit to reach the model", 5_000,
                () -> text.equals(editor.dataset().getRecords().get(record).getQuestion()));
        assertTrue(editor.isDirty());
    }

    @Test
    void aSaveOverAChangedFileAsksAndHonoursCancelOverwriteAndReload() throws Exception {
        DatasetEditor editor = open("磁碟變更-儲存.json");
        Path disk = disk(editor);
        String edited = Q0 + "（編輯器）";
        editQuestion(editor, 0, edited);
        String elsewhere = SAMPLE.replace(Q1, Q1 + "（其他程式）");
        writeElsewhere(disk, elsewhere);

        ModalDialogs.Seen cancel = ModalDialogs.answer(() -> editor.doSave(new NullProgressMonitor()), "Cancel 取消",
                "dataset-disk-changed-dialog");
        assertNotNull(cancel, "saving over a changed file asks");
        assertEquals(TITLE, cancel.title());
        assertTrue(cancel.message().contains(disk.getFileName() + " was changed by another program"),
                cancel.message());
        assertEquals(elsewhere, Files.readString(disk, StandardCharsets.UTF_8), "Cancel leaves the file alone");
        assertTrue(editor.isDirty(), "Cancel keeps the edit unsaved");
        assertEquals(edited, editor.dataset().getRecords().get(0).getQuestion());

        ModalDialogs.Seen overwrite = ModalDialogs.answer(() -> editor.doSave(new NullProgressMonitor()), "Overwrite 覆寫", null);
        assertNotNull(overwrite, "asked again: the file is still not what the editor read");
        assertFalse(editor.isDirty());
        assertEquals(SAMPLE.replace(Q0, edited), Files.readString(disk, StandardCharsets.UTF_8),
                "Overwrite writes the editor's records");

        String again = edited + "（再改）";
        editQuestion(editor, 0, again);
        assertNull(ModalDialogs.answer(() -> editor.doSave(new NullProgressMonitor()), "Cancel 取消", null),
                "no question when only the editor wrote the file");
        assertEquals(SAMPLE.replace(Q0, again), Files.readString(disk, StandardCharsets.UTF_8));

        String lost = again + "（將被捨棄）";
        editQuestion(editor, 0, lost);
        String third = SAMPLE.replace(Q1, Q1 + "（第三次）");
        writeElsewhere(disk, third);
        assertNotNull(ModalDialogs.answer(() -> editor.doSave(new NullProgressMonitor()), "Reload 重新載入", null));
        UiWait.until("the file read again", 20_000, () -> editor.dataset() != null
                && (Q1 + "（第三次）").equals(editor.dataset().getRecords().get(1).getQuestion()));
        assertFalse(editor.isDirty(), "Reload drops the edits");
        assertEquals(Q0, editor.dataset().getRecords().get(0).getQuestion());
        assertEquals(third, Files.readString(disk, StandardCharsets.UTF_8), "Reload does not write");
    }

    @Test
    void activatingACleanEditorReadsAChangedFileAgainAndADirtyOneWaitsForTheSave() throws Exception {
        DatasetEditor editor = open("磁碟變更-啟用.json");
        Path disk = disk(editor);
        page().showView("org.eclipse.ui.views.ProblemView", null, IWorkbenchPage.VIEW_ACTIVATE);
        String changed = Q0.replace("頭暈", "頭痛");
        writeElsewhere(disk, SAMPLE.replace(Q0, changed));
        page().activate(editor);
        UiWait.until("the changed file read again on activation", 20_000, () -> editor.dataset() != null
                && changed.equals(editor.dataset().getRecords().get(0).getQuestion()));
        assertFalse(editor.isDirty());
        assertTrue(editor.lastDiskNotice() != null && editor.lastDiskNotice().contains("changed on disk and was read"
                + " again"), String.valueOf(editor.lastDiskNotice()));
        Screenshots.save(shell(), "dataset-reloaded-on-activation");

        String edited = changed + "（未儲存）";
        editQuestion(editor, 0, edited);
        page().showView("org.eclipse.ui.views.ProblemView", null, IWorkbenchPage.VIEW_ACTIVATE);
        String elsewhere = SAMPLE.replace(Q1, Q1 + "（其他程式）");
        writeElsewhere(disk, elsewhere);
        page().activate(editor);
        UiWait.until("the notice about the changed file", 10_000, () -> editor.lastDiskNotice() != null
                && editor.lastDiskNotice().contains("saving will ask"));
        assertTrue(editor.isDirty(), "an editor with unsaved edits is not reloaded");
        assertEquals(edited, editor.dataset().getRecords().get(0).getQuestion(), "nothing lost");
        assertEquals(elsewhere, Files.readString(disk, StandardCharsets.UTF_8));
    }
}

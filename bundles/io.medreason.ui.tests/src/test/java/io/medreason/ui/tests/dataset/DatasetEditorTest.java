package io.medreason.ui.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.medreason.dataset.model.Record;
import io.medreason.dataset.validation.ProblemKind;
import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.dataset.DatasetMarkers;
import io.medreason.ui.dataset.DatasetPreferences;
import io.medreason.ui.dataset.RecordField;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;
import io.medreason.ui.tests.WorkspaceFiles;

/** The data set editor on the real workbench: load, markers, filter, edit, undo, redo, save, statistics, bad files. */
class DatasetEditorTest {

    private static final String Q0 = "醫生，我最近早上起床都會頭暈，手指尖有點麻麻的，這是中風的前兆嗎？";
    private static final String Q1 = "醫生，我最近總是口渴、小便多，體重還下降了，這是怎麼回事？";
    private static final String Q2 = "皮膚癢了兩個星期，擦藥也沒有好，該看哪一科？";

    private static final String SAMPLE = "[\n"
            + "  {\n    \"Question\": \"" + Q0 + "\",\n"
            + "    \"Complex_CoT\": \"頭暈合併單側肢體麻木要先排除短暫性腦缺血發作；也要考慮低血糖、頸椎病與貧血。\",\n"
            + "    \"Response\": \"建議盡快就醫，先量血壓與血糖，必要時做腦部影像檢查。\"\n  },\n"
            + "  {\n    \"Question\": \"" + Q1 + "\",\n"
            + "    \"Complex_CoT\": \"多飲、多尿、體重下降是典型的「三多一少」，首先想到糖尿病。\",\n"
            + "    \"Response\": \"這些症狀很像糖尿病，建議到內分泌科檢查空腹血糖與糖化血色素。\"\n  },\n"
            + "  {\n    \"Question\": \"" + Q2 + "\",\n"
            + "    \"Complex_CoT\": \"慢性搔癢先看皮膚科，排除濕疹、黴菌感染與全身性疾病。\",\n"
            + "    \"Response\": \"\"\n  }\n"
            + "]\n";

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

    private static IFile write(String name, String content) throws Exception {
        return WorkspaceFiles.write("資料集編輯測試", name, content);
    }

    private DatasetEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page(), file);
        assertTrue(part instanceof DatasetEditor, "default editor of " + file.getName() + ": " + part);
        return (DatasetEditor) part;
    }

    private static IMarker[] markers(IFile file) throws Exception {
        return file.findMarkers(DatasetMarkers.TYPE, false, IResource.DEPTH_ZERO);
    }

    @Test
    void editUndoRedoSaveWithMarkersAndScreenshots() throws Exception {
        IFile file = write("medical-o1-樣本.json", SAMPLE);
        Path disk = file.getLocation().toPath();
        shell().setSize(1400, 900);
        DatasetEditor editor = open(file);
        UiWait.until("the data set to load", 20_000, () -> editor.dataset() != null);
        assertEquals(3, editor.dataset().getRecords().size());
        assertEquals(3, editor.pages());

        UiWait.until("a marker for the empty response of record 2", 10_000, () -> markerFor(file, 2) != null);
        IMarker empty = markerFor(file, 2);
        assertEquals(ProblemKind.EMPTY_FIELD.name(), empty.getAttribute(DatasetMarkers.KIND, ""));
        assertEquals(IMarker.SEVERITY_WARNING, empty.getAttribute(IMarker.SEVERITY, -1));

        assertEquals(1, editor.filter("頭暈", false));
        assertEquals(2, editor.filter("糖尿病|中風", true));
        assertEquals(0, editor.filter("糖尿病|中風", false));
        assertEquals(3, editor.filter("", false));

        editor.selectRecord(0);
        assertEquals(List.of(editor.dataset().getRecords().get(0)), editor.selectedRecords());
        assertEquals(editor.dataset().getRecords().get(0),
                ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider()
                        .getSelection()).getFirstElement());
        page().showView("org.eclipse.ui.views.ProblemView", null, IWorkbenchPage.VIEW_VISIBLE);
        Screenshots.settle(1500);
        Screenshots.save(shell(), "dataset-editor-records");

        editor.showPage(1);
        Record first = editor.dataset().getRecords().get(0);
        String edited = Q0 + "（已編輯）";
        assertEquals(Q0, editor.fieldText(RecordField.QUESTION).getText());
        assertTrue(editor.fieldCounts(RecordField.QUESTION).startsWith(Q0.length() + " characters"),
                editor.fieldCounts(RecordField.QUESTION));
        editor.fieldText(RecordField.QUESTION).setFocus();
        editor.fieldText(RecordField.QUESTION).setText(edited);
        assertTrue(editor.fieldCounts(RecordField.QUESTION).startsWith(edited.length() + " characters"),
                editor.fieldCounts(RecordField.QUESTION));
        UiWait.until("the edit to reach the model", 5_000, () -> edited.equals(first.getQuestion()));
        assertTrue(editor.isDirty());
        page().showView("org.eclipse.ui.views.PropertySheet", null, IWorkbenchPage.VIEW_VISIBLE);
        Screenshots.save(shell(), "dataset-editor-record");

        page().activate(editor);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.until("undo", 5_000, () -> Q0.equals(first.getQuestion())
                && Q0.equals(editor.fieldText(RecordField.QUESTION).getText()));
        assertFalse(editor.isDirty(), "undoing the only edit leaves the editor clean");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        UiWait.until("redo", 5_000, () -> edited.equals(first.getQuestion())
                && edited.equals(editor.fieldText(RecordField.QUESTION).getText()));
        assertTrue(editor.isDirty());

        editor.doSave(null);
        assertFalse(editor.isDirty());
        String saved = Files.readString(disk, StandardCharsets.UTF_8);
        assertEquals(SAMPLE.replace(Q0, edited), saved, "only the edited question changes on disk");

        UiWait.until("markers after the save", 10_000, () -> markerFor(file, 2) != null);

        // the Chinese Conversion view edits records through the editor's domain, found from the record
        Record second = editor.dataset().getRecords().get(1);
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(second);
        assertSame(editor.getEditingDomain(), domain);
        domain.getCommandStack().execute(SetCommand.create(domain, second, RecordField.RESPONSE.attribute(), "改過的回答"));
        assertTrue(editor.isDirty());
        editor.revert();
        UiWait.until("the reverted data set", 20_000, () -> editor.dataset() != null
                && editor.dataset().getRecords().get(1) != second);
        assertFalse(editor.isDirty());
        assertEquals(edited, editor.dataset().getRecords().get(0).getQuestion(), "revert reads the saved file");
        assertEquals(saved, Files.readString(disk, StandardCharsets.UTF_8), "revert does not write");

        editor.showPage(2);
        UiWait.until("the statistics", 20_000, () -> editor.statistics() != null);
        assertEquals(3, editor.statistics().records());
        assertEquals(0, editor.statistics().overLimit());
        Screenshots.save(shell(), "dataset-editor-statistics");
        List<Path> charts = editor.exportCharts(Screenshots.directory());
        assertEquals(4, charts.size(), "question, reasoning, response and whole record");
        for (Path chart : charts) {
            ImageData data = new ImageLoader().load(chart.toString())[0];
            assertEquals(900, data.width, chart.toString());
        }
    }

    @Test
    void recordPageCountsTokensWithTheConfiguredTokenizer() throws Exception {
        Path model = Path.of("../../models/tiny-qwen2").toAbsolutePath().normalize();
        Path reference = Path.of("../io.medreason.engine/src/test/resources/tiny-qwen2");
        assertTrue(Files.isRegularFile(model.resolve("tokenizer.json")), "no tokenizer at " + model);
        String text = Files.readAllLines(reference.resolve("texts.jsonl")).get(1);
        text = text.substring(text.indexOf(": \"") + 3, text.lastIndexOf('"'));
        String ids = Files.readString(reference.resolve("ids.json"));
        int firstEnd = ids.indexOf(']');
        int secondStart = ids.indexOf('[', firstEnd);
        int expected = ids.substring(secondStart + 1, ids.indexOf(']', secondStart)).split(",").length;

        DatasetPreferences.store().setValue(DatasetPreferences.TOKENIZER_FOLDER, model.toString());
        shell().setSize(1400, 900);
        try {
            IFile file = write("tokens-樣本.json", SAMPLE);
            DatasetEditor editor = open(file);
            UiWait.until("the data set to load", 20_000, () -> editor.dataset() != null);
            editor.selectRecord(1);
            editor.showPage(1);
            editor.fieldText(RecordField.RESPONSE).setText(text);
            String want = " · " + expected + " tokens";
            try {
                UiWait.until("the token count of the reference text (" + want + ")", 30_000,
                        () -> editor.fieldCounts(RecordField.RESPONSE).endsWith(want));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; the page shows: " + editor.fieldCounts(RecordField.RESPONSE)
                        + " for " + editor.fieldText(RecordField.RESPONSE).getText(), e);
            }
            Screenshots.save(shell(), "dataset-editor-record-tokens");
            editor.showPage(2);
            UiWait.until("the statistics in tokens", 30_000, () -> editor.statistics() != null);
            assertEquals("tokens", editor.statistics().unit());
            Screenshots.save(shell(), "dataset-editor-statistics-tokens");
        } finally {
            DatasetPreferences.store().setToDefault(DatasetPreferences.TOKENIZER_FOLDER);
        }
    }

    @Test
    void recordsPageSortsDuplicatesDeletesAndAddsAsUndoableCommands() throws Exception {
        IFile file = write("records-樣本.json", SAMPLE);
        DatasetEditor editor = open(file);
        UiWait.until("the data set to load", 20_000, () -> editor.dataset() != null);
        List<Record> records = editor.dataset().getRecords();
        Table table = editor.recordsTable();
        TableColumn response = table.getColumn(3);
        response.notifyListeners(SWT.Selection, new Event());
        assertEquals("2", table.getItem(0).getText(0), "shortest response first");
        response.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("1", "0", "2"), List.of(table.getItem(0).getText(0), table.getItem(1).getText(0),
                table.getItem(2).getText(0)), "longest response first");
        table.getColumn(0).notifyListeners(SWT.Selection, new Event());
        assertEquals("0", table.getItem(0).getText(0));

        editor.selectRecord(1);
        button(table, "Duplicate").notifyListeners(SWT.Selection, new Event());
        assertEquals(4, records.size());
        assertEquals(Q1, records.get(2).getQuestion());
        assertTrue(records.get(1) != records.get(2), "a copy, not the same record");
        UiWait.until("the copy selected", 5_000, () -> editor.selectedRecords().equals(List.of(records.get(2))));
        assertTrue(editor.isDirty());
        UiWait.until("the duplicate flagged", 10_000, () -> table.getItem(2).getText(5).contains("duplicate"));

        editor.selectRecord(0);
        button(table, "Delete").notifyListeners(SWT.Selection, new Event());
        assertEquals(3, records.size());
        assertEquals(Q1, records.get(0).getQuestion());
        page().activate(editor);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        UiWait.until("the delete undone", 5_000, () -> records.size() == 4 && Q0.equals(records.get(0).getQuestion()));

        editor.selectRecord(3);
        button(table, "Add").notifyListeners(SWT.Selection, new Event());
        assertEquals(5, records.size());
        assertEquals("", records.get(4).getQuestion());
        editor.doSave(null);
        String saved = Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8);
        assertEquals(5, saved.split("\"Question\"", -1).length - 1, saved);
        assertEquals(2, saved.split(Q1, -1).length - 1, saved);
    }

    private static Button button(Table table, String label) {
        for (Control control : ((Composite) table.getParent().getChildren()[0]).getChildren()) {
            if (control instanceof Button button && button.getText().startsWith(label)) {
                return button;
            }
        }
        throw new AssertionError("no button " + label);
    }

    @Test
    void doubleClickingAMarkerSelectsItsRecord() throws Exception {
        IFile file = write("marker-樣本.json", SAMPLE);
        DatasetEditor editor = open(file);
        UiWait.until("a marker for record 2", 20_000, () -> markerFor(file, 2) != null);
        IDE.openEditor(page(), markerFor(file, 2));
        UiWait.until("record 2 selected", 10_000, () -> !editor.selectedRecords().isEmpty());
        assertEquals(editor.dataset().getRecords().get(2), editor.selectedRecords().get(0));
        assertEquals(Q2, editor.fieldText(RecordField.QUESTION).getText());
    }

    @Test
    void saveAsWritesMedicalO1JsonLines() throws Exception {
        IFile file = write("alpaca.json", "[{\"instruction\": \"" + Q1 + "\", \"input\": \"\", \"output\": \"請檢查血糖。\"}]\n");
        DatasetEditor editor = open(file);
        UiWait.until("the Alpaca set to load", 20_000, () -> editor.dataset() != null);
        IFile target = file.getProject().getFile("alpaca-as-medical-o1.jsonl");
        if (target.exists()) {
            target.delete(true, null);
        }
        editor.saveAs(target);
        assertTrue(target.exists(), "Save As did not refresh the workspace");
        String written = Files.readString(target.getLocation().toPath(), StandardCharsets.UTF_8);
        assertTrue(written.startsWith("{\"Question\""), written);
        assertTrue(written.contains(Q1) && written.contains("\"Response\""), written);
        assertEquals(1, written.strip().lines().count(), written);
        UiWait.until("the editor to reopen the new file", 20_000, () -> editor.dataset() != null
                && editor.getEditorInput().getName().equals(target.getName()));
    }

    @Test
    void malformedFileShowsLineColumnRecordAndOffersTheLenientLoad() throws Exception {
        String bad = SAMPLE.replace("\"Response\": \"\"\n  }", "\"Response\": \"好\",\n  }");
        IFile file = write("trailing-comma.json", bad);
        byte[] before = Files.readAllBytes(file.getLocation().toPath());
        DatasetEditor editor = open(file);
        UiWait.until("the error page", 20_000, () -> editor.statusText() != null
                && !editor.statusText().isEmpty());
        String message = editor.statusText();
        assertTrue(java.util.regex.Pattern.compile("Line \\d+, column \\d+, record 2: ").matcher(message).find(),
                message);
        assertNull(editor.dataset());
        Screenshots.save(shell(), "dataset-editor-error");
        editor.openLeniently();
        UiWait.until("the lenient load", 20_000, () -> editor.dataset() != null);
        assertTrue(editor.dataset().getRecords().size() >= 2, "records read: " + editor.dataset().getRecords().size());
        Screenshots.save(shell(), "dataset-editor-lenient");
        assertTrue(Arrays.equals(before, Files.readAllBytes(file.getLocation().toPath())), "the file was changed");
    }

    @Test
    void jsonThatIsNotADataSetShowsTheErrorPageWhenOpenedWithTheDataSetEditor() throws Exception {
        String config = "{\"model_type\": \"qwen2\", \"hidden_size\": 896}\n";
        IFile file = write("config.json", config);
        DatasetEditor editor = (DatasetEditor) IDE.openEditor(page(), file, DatasetEditor.ID); // Open With
        UiWait.until("the error page", 20_000, () -> editor.statusText() != null && !editor.statusText().isEmpty());
        assertNull(editor.dataset());
        assertTrue(editor.statusText().contains("The file was not changed"), editor.statusText());
        assertEquals(config, Files.readString(file.getLocation().toPath(), StandardCharsets.UTF_8));
    }

    private static IMarker markerFor(IFile file, int record) {
        try {
            for (IMarker marker : markers(file)) {
                if (marker.getAttribute(DatasetMarkers.RECORD_INDEX, -1) == record) {
                    return marker;
                }
            }
            return null;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

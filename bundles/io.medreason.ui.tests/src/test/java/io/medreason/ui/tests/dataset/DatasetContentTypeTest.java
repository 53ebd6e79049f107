package io.medreason.ui.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.medreason.core.run.RunProtocol;
import io.medreason.dataset.content.SftDatasetDescriber;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;
import io.medreason.ui.tests.WorkspaceFiles;

/**
 * Opening a file as a double-click does ({@code IDE.openEditor}) picks the editor by content type: data sets open in
 * the data set editor, a model's config.json, a run's metrics.jsonl and a new empty file in the text editor.
 */
class DatasetContentTypeTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final String JSON = "io.medreason.dataset.json";
    private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

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

    @Test
    void modelConfigOpensAsTextAndTheSampleInTheDataSetEditor() throws Exception {
        String configText = Files.readString(REPO.resolve("models/tiny-qwen2/config.json"));
        IFile config = write("config.json", configText);
        Path samplePath = REPO.resolve("samples/medical-o1-zh-sample.json");
        IFile sample = write("medical-o1-zh-sample.json", Files.readString(samplePath));
        assertEquals(JSON, contentType(config));
        assertEquals(SftDatasetDescriber.CONTENT_TYPE, contentType(sample));
        shell().setSize(1400, 900);

        IEditorPart text = IDE.openEditor(page(), config);
        assertEquals(TEXT_EDITOR, text.getSite().getId(), "default editor of config.json: " + text);
        assertEquals(configText, document((ITextEditor) text));
        Screenshots.save(shell(), "content-type-config-json-as-text");

        IEditorPart part = IDE.openEditor(page(), sample);
        assertTrue(part instanceof DatasetEditor, "default editor of the sample: " + part);
        DatasetEditor editor = (DatasetEditor) part;
        UiWait.until("the sample to load", 20_000, () -> editor.dataset() != null);
        assertEquals(DatasetIO.load(samplePath).getRecords().size(), editor.dataset().getRecords().size());
        Screenshots.save(shell(), "content-type-sample-in-dataset-editor");
    }

    @Test
    void runMetricsAndANewEmptyFileOpenAsTextUntilTheyHoldADataSet() throws Exception {
        String step = RunProtocol.encode(RunProtocol.message(RunProtocol.STEP, "step", 1, "loss", 12.189));
        IFile metrics = write("metrics.jsonl", step + "\n");
        assertEquals(JSON, contentType(metrics));
        assertEquals(TEXT_EDITOR, IDE.openEditor(page(), metrics).getSite().getId());

        IFile created = write("新資料集.json", "");
        assertEquals(JSON, contentType(created), "an empty file is too little to tell");
        assertEquals(TEXT_EDITOR, IDE.openEditor(page(), created).getSite().getId());
        page().closeAllEditors(false);

        String record = "{\"Question\": \"頭暈手麻是中風前兆嗎？\", \"Complex_CoT\": \"先排除中風。\", \"Response\": \"請就醫。\"}\n";
        created.setContents(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)), true, false, null);
        assertEquals(SftDatasetDescriber.CONTENT_TYPE, contentType(created));
        assertTrue(IDE.openEditor(page(), created) instanceof DatasetEditor, "once it holds a record");
    }

    private static String contentType(IFile file) throws Exception {
        IContentDescription description = file.getContentDescription();
        return description == null ? null : description.getContentType().getId();
    }

    private static String document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
    }

    private static IFile write(String name, String content) throws Exception {
        return WorkspaceFiles.write("內容類型測試", name, content);
    }
}

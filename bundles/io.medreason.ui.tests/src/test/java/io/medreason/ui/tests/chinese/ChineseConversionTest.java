package io.medreason.ui.tests.chinese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.DatasetConverter;
import io.medreason.ui.chinese.ChineseConversionView;
import io.medreason.ui.chinese.ConvertDatasetJob;
import io.medreason.ui.chinese.ConvertDatasetRequest;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;
import io.medreason.ui.tests.WorkspaceFiles;

/** The Chinese Conversion view and the dataset conversion job, on the real workbench. */
class ChineseConversionTest {

    private static final String SAMPLE = "医生，我最近早上起床都会头晕，手指尖有点麻麻的。皮肤科建议先检查血糖；"
            + "面瘫患者的信息系统记录在家里的电脑上。";

    @Test
    void viewConvertsAsYouTypeWithTheSameResultAsTheCore() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ChineseConversionView view = (ChineseConversionView) page.showView(ChineseConversionView.ID);
        view.setSourceText(SAMPLE);
        String expected = ChineseConverter.of("s2twp").convert(SAMPLE);
        UiWait.until("the converted text", 10_000, () -> expected.equals(view.convertedText()));
        assertTrue(view.convertedText().contains("皮膚科"), view.convertedText());
        assertFalse(view.convertedText().contains("面板"), view.convertedText());
        assertTrue(view.convertedText().contains("醫生"), view.convertedText());
        page.getWorkbenchWindow().getShell().setSize(1280, 800);
        Screenshots.save(page.getWorkbenchWindow().getShell(), "chinese-conversion-view");
    }

    @Test
    void largePasteIsConvertedOffTheUiThread() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        ChineseConversionView view = (ChineseConversionView) page.showView(ChineseConversionView.ID);
        String big = (SAMPLE + "\n").repeat(1_000_000 / (SAMPLE.length() + 1)); // a 1 MB paste of lines
        view.setSourceText(big);
        // The test runs on the UI thread: a background conversion can only show its result once this thread
        // reads events again, so an equal text right now means the paste was converted on the UI thread.
        String expected = ChineseConverter.of("s2twp").convert(big);
        assertFalse(expected.equals(view.convertedText()), "the 1 MB paste was converted on the UI thread");
        UiWait.until("the conversion of a 1 MB paste", 60_000, () -> expected.equals(view.convertedText()));
    }

    @Test
    void convertDatasetJobWritesANewFileKeepingOtherKeys() throws Exception {
        IProject project = WorkspaceFiles.project("轉換測試");
        IFile file = project.getFile("medical.json");
        String json = "[\n  {\"Question\": \"面瘫怎么办？\", \"Complex_CoT\": \"先排除中风。\", \"Response\": \"请尽快就医。\", \"id\": 7}\n]\n";
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), true, null);
        Path input = file.getLocation().toFile().toPath();
        ConvertDatasetRequest request = new ConvertDatasetRequest(input, ConvertDatasetRequest.defaultOutput(input),
                "s2twp", DatasetConverter.DEFAULT_FIELDS, false);
        assertEquals(null, request.problem());
        AtomicReference<DatasetConverter.Summary> done = new AtomicReference<>();
        ConvertDatasetJob job = new ConvertDatasetJob(request, done::set);
        job.schedule();
        job.join();
        assertNotNull(done.get(), "no summary: " + job.getResult());
        assertEquals(1, done.get().records());
        String out = Files.readString(request.output(), StandardCharsets.UTF_8);
        assertTrue(out.matches("(?s).*\"id\"\\s*:\\s*7.*"), out);
        assertTrue(out.contains(ChineseConverter.of("s2twp").convert("请尽快就医。")), out);
        assertEquals(json, Files.readString(input, StandardCharsets.UTF_8), "the input must stay as it was");
        assertTrue(project.getFile("medical.zh-TW.json").exists(), "the workspace was not refreshed");
    }
}

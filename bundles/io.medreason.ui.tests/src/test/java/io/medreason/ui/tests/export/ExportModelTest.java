package io.medreason.ui.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.medreason.core.run.Json;
import io.medreason.launching.EngineStep;
import io.medreason.launching.EngineTask;
import io.medreason.launching.ModelExport;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.launching.TrainingAttributes;
import io.medreason.ui.export.ExportReport;
import io.medreason.ui.runs.TrainingRunsView;
import io.medreason.ui.tests.Screenshots;

/**
 * <em>Export Model…</em> from Training Runs' context menu on a run that a real launch has just trained: the dialog
 * (default folder, both exports), the background job, the report of the written files; then the merged FP32 folder
 * scores a text exactly as base + adapter does ({@code medreason eval}, 1e-5) and the GGUF file's header is llama.cpp's
 * (magic, version 3, qwen2, one tensor per Hugging Face weight), with its Modelfile beside it.
 */
class ExportModelTest {

    private static final double TOLERANCE = 1e-5;

    @Test
    void aFinishedRunIsExportedAsMergedFolderAndGgufFromTheRunsContextMenu() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TrainingRunsView view = (TrainingRunsView) page.showView(TrainingRunsView.ID);
        RunState trained = trainedRun();
        page.activate(view);
        RunState[] listed = new RunState[1];
        ExportFixtures.waitFor("the run in the view", 30, () -> (listed[0] = listed(view, trained)) != null,
                () -> items(view));
        RunState run = listed[0];
        view.viewer().setSelection(new StructuredSelection(run));
        List<String> results = ExportFixtures.exportResults();
        List<List<String>> seen = new ArrayList<>();
        Path out = ModelExport.defaultFolder(run);
        DialogWatch dialog = DialogWatch.start("Export Model", shell -> {
            assertEquals(out.toString(), DialogWatch.byId(shell, Text.class, "folder").getText(), "default folder");
            DialogWatch.check(shell, "merged", true);
            DialogWatch.choose(shell, "mergedDtype", "fp32");
            DialogWatch.check(shell, "gguf", true);
            DialogWatch.choose(shell, "ggufType", "f16");
            save(shell, "export-model-dialog");
            DialogWatch.press(shell, IDialogConstants.OK_ID);
        });
        DialogWatch report = DialogWatch.start(ExportReport.TITLE, shell -> {
            seen.add(DialogWatch.texts(shell));
            save(shell, "export-model-report");
            DialogWatch.press(shell, IDialogConstants.OK_ID);
        });
        Menu menu = view.viewer().getTable().getMenu();
        MenuItem item = DialogWatch.item(menu, "Export Model…");
        assertTrue(item.isEnabled(), "Export Model… is enabled on a finished run");
        item.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(dialog.answered(), "the Export Model dialog opened");
        ExportFixtures.waitFor("the export and its report", 300,
                () -> report.answered() && ExportFixtures.noExportRunning(), results::toString);

        ModelExport export = ModelExport.of(run, out, "fp32", "f16");
        String reported = String.join("\n", seen.get(0));
        System.out.println("report: " + reported);
        for (Path file : List.of(export.mergedFolder().resolve("config.json"), export.ggufFile(),
                out.resolve("Modelfile"))) {
            assertTrue(reported.contains(out.relativize(file).toString() + " ("), "the report names " + file + ": "
                    + reported);
        }
        checkMergedFolder(export);
        checkGguf(export.ggufFile());
    }

    /** The view's element for the trained run's folder, once the view lists it as finished. */
    private static RunState listed(TrainingRunsView view, RunState trained) {
        for (var item : view.viewer().getTable().getItems()) {
            if (item.getData() instanceof RunState r && r.folder().equals(trained.folder())
                    && r.status() == RunStatus.FINISHED) {
                return r;
            }
        }
        return null;
    }

    private static String items(TrainingRunsView view) {
        StringBuilder sb = new StringBuilder();
        for (var item : view.viewer().getTable().getItems()) {
            sb.append(item.getData()).append(' ').append(item.getText(1)).append('\n');
        }
        return sb.toString();
    }

    private static RunState trainedRun() throws Exception {
        Path output = ExportFixtures.fresh("runs/tiny-export");
        ILaunchConfigurationWorkingCopy wc = ExportFixtures.tinyLaunch("tiny export", output, 2);
        // a learning rate that moves the adapter visibly in two steps: an export without it must fail the check
        wc.setAttribute(TrainingAttributes.key("lr"), "0.05");
        wc.setAttribute(TrainingAttributes.key("warmup-steps"), "0");
        IProcess process = wc.launch(ILaunchManager.RUN_MODE, null).getProcesses()[0];
        RunState run = RunModel.getDefault().run(output);
        ExportFixtures.waitFor("the training run to end", 300,
                () -> process.isTerminated() && run.status() != RunStatus.RUNNING, () -> run.status() + " "
                        + run.failure());
        assertEquals(RunStatus.FINISHED, run.status(), run.failure());
        return run;
    }

    private static void save(org.eclipse.swt.widgets.Shell shell, String name) {
        try {
            Screenshots.save(shell, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** FP32 throughout, the base's tensor names, and the same eval loss as base + adapter. */
    private static void checkMergedFolder(ModelExport export) throws Exception {
        Path merged = export.mergedFolder();
        assertEquals("float32", Json.parseObject(Files.readString(merged.resolve("config.json"))).get("torch_dtype"));
        Map<String, Object> header = safetensorsHeader(merged.resolve("model.safetensors"));
        Map<String, Object> base = safetensorsHeader(export.model().resolve("model.safetensors"));
        assertEquals(names(base), names(header), "the merged folder has the base's tensors");
        for (String name : names(header)) {
            assertEquals("F32", ((Map<?, ?>) header.get(name)).get("dtype"), name);
        }
        Path text = Files.createTempFile("export-eval", ".jsonl");
        Files.writeString(text, "{\"text\": \"醫生，我最近早上起床都會頭暈，手指尖有點麻，這是中風的前兆嗎？\"}\n"
                + "{\"text\": \"皮膚科門診：病人主訴皮疹三天，伴有發燒。\"}\n", StandardCharsets.UTF_8);
        double tuned = evalLoss(List.of("--model", export.model().toString(), "--adapter", export.adapter().toString(),
                "--data", text.toString()));
        double mergedLoss = evalLoss(List.of("--model", merged.toString(), "--data", text.toString()));
        double baseLoss = evalLoss(List.of("--model", export.model().toString(), "--data", text.toString()));
        double diff = Math.abs(tuned - mergedLoss);
        System.out.printf(Locale.ROOT, "eval loss base+adapter %.8f, merged fp32 %.8f: |difference| %.3e (tolerance "
                + "%.0e); base alone %.8f (the adapter moves it by %.3e)%n", tuned, mergedLoss, diff, TOLERANCE, baseLoss,
                Math.abs(baseLoss - tuned));
        assertTrue(Math.abs(baseLoss - tuned) > 100 * TOLERANCE, "the adapter must matter for this check to mean anything");
        assertTrue(diff <= TOLERANCE, "merged folder's loss differs by " + diff);
        Files.delete(text);
    }

    private static double evalLoss(List<String> args) throws Exception {
        List<String> lines = new ArrayList<>();
        EngineTask.Result r = EngineTask.of("1g", new EngineStep("eval", "eval", args, List.of())).run(lines::add,
                () -> false);
        assertEquals(0, r.exit(), r.lastLines());
        String last = lines.stream().filter(l -> l.startsWith("{\"loss\"")).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no loss line in " + lines));
        return ((Number) Json.parseObject(last).get("loss")).doubleValue();
    }

    private static Map<String, Object> safetensorsHeader(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return Json.parseObject(new String(bytes, 8, (int) n, StandardCharsets.UTF_8));
    }

    private static TreeSet<String> names(Map<String, Object> header) {
        TreeSet<String> names = new TreeSet<>(header.keySet());
        names.remove("__metadata__");
        return names;
    }

    /** GGUF magic, version 3, general.architecture qwen2, and one tensor per weight of the tiny Qwen2 model. */
    private static void checkGguf(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("GGUF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(3, b.getInt(4), "GGUF version");
        long tensors = b.getLong(8);
        Map<String, Object> config = Json.parseObject(Files.readString(ExportFixtures.tinyModel().resolve("config.json")));
        long layers = ((Number) config.get("num_hidden_layers")).longValue();
        boolean tied = Boolean.TRUE.equals(config.get("tie_word_embeddings"));
        // token_embd, 12 per layer (attn_norm, attn_q/k/v weight and bias, attn_output, ffn_norm, gate, up, down),
        // output_norm, and output unless tied to the embedding
        long expected = 1 + layers * 12 + 1 + (tied ? 0 : 1);
        System.out.printf("GGUF %s: version %d, %d tensors (expected %d), %d metadata keys, %.1f MB%n",
                file.getFileName(), b.getInt(4), tensors, expected, b.getLong(16), bytes.length / 1e6);
        assertEquals(expected, tensors, "tensor count");
        assertEquals("qwen2", stringValue(bytes, "general.architecture"));
        String modelfile = Files.readString(file.resolveSibling("Modelfile"));
        assertTrue(modelfile.contains("\nFROM ./" + file.getFileName() + "\n"), modelfile);
    }

    /** The string value of metadata key {@code key}: u64 key length, key, u32 type (8 = string), u64 length, bytes. */
    private static String stringValue(byte[] bytes, String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 24; i + 8 + k.length < bytes.length; i++) {
            if (b.getLong(i) == k.length && java.util.Arrays.equals(bytes, i + 8, i + 8 + k.length, k, 0, k.length)) {
                int at = i + 8 + k.length;
                assertEquals(8, b.getInt(at), key + " is a string");
                int len = (int) b.getLong(at + 4);
                return new String(bytes, at + 12, len, StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no metadata key " + key);
    }
}

package io.medreason.ui.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.medreason.core.run.Json;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.launching.TrainingAttributes;
import io.medreason.ui.export.ExportReport;
import io.medreason.ui.tests.Screenshots;

/**
 * <em>Run › Export as Distributed Job…</em> on a saved LoRA Fine-tuning launch configuration of the tiny model and
 * the sample: the job's {@code job.json} is the configuration the launch trains with (its
 * {@code training_config.json}), and the data files hold tokenized records with {@code input_ids} and
 * {@code labels}.
 */
class ExportJobTest {

    @Test
    void aLaunchConfigurationIsExportedAsATorchrunJobFromTheRunMenu() throws Exception {
        Path output = ExportFixtures.fresh("runs/tiny-job-run");
        ILaunchConfiguration launch = ExportFixtures.tinyLaunch("tiny job export", output, 6).doSave();
        Path job = ExportFixtures.fresh("jobs/tiny");
        List<String> results = ExportFixtures.exportResults();
        List<List<String>> seen = new ArrayList<>();
        DialogWatch dialog = DialogWatch.start("Export as Distributed Job", shell -> {
            DialogWatch.choose(shell, "launch", launch.getName());
            DialogWatch.type(shell, "folder", job.toString());
            save(shell, "export-job-dialog");
            DialogWatch.press(shell, IDialogConstants.OK_ID);
        });
        DialogWatch report = DialogWatch.start(ExportReport.TITLE, shell -> {
            seen.add(DialogWatch.texts(shell));
            save(shell, "export-job-report");
            DialogWatch.press(shell, IDialogConstants.OK_ID);
        });
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Menu run = runMenu(window);
        MenuItem item = DialogWatch.item(run, "Export as Distributed Job…");
        item.notifyListeners(SWT.Selection, new Event());
        run.notifyListeners(SWT.Hide, new Event());
        assertTrue(dialog.answered(), "the Export as Distributed Job dialog opened");
        ExportFixtures.waitFor("the job export and its report", 300,
                () -> report.answered() && ExportFixtures.noExportRunning(), results::toString);
        System.out.println("report: " + String.join("\n", seen.get(0)));

        // the launch's configuration, trained into the job's own run folder (job export's --output default)
        TrainingConfig expected = TrainingAttributes.toConfig(launch).with(TrainingOption.OUTPUT,
                job.resolve("output").toString());
        Path jobJson = job.resolve("job.json");
        assertEquals(expected, TrainingConfig.fromJson(jobJson), "job.json is the launch's configuration");
        assertEquals(Json.parseObject(Json.write(expected.toJson())),
                Json.parseObject(Files.readString(jobJson, StandardCharsets.UTF_8)),
                "job.json has the JSON of the launch's training_config.json");
        int train = checkTokenized(job.resolve("data/train.jsonl"));
        int eval = checkTokenized(job.resolve("data/eval.jsonl"));
        System.out.println("job " + job.getFileName() + ": " + train + " training records, " + eval
                + " held-out records (eval-fraction 0.1 of the sample's 49)");
        assertTrue(Files.isExecutable(job.resolve("run.sh")) && Files.isRegularFile(job.resolve("train.py")));
        assertTrue(String.join("\n", seen.get(0)).contains("  job.json ("), "the report names job.json");
    }

    /** Every line has input_ids and labels of one length, labels -100 where no loss and the token elsewhere. */
    private static int checkTokenized(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .toList();
        assertTrue(!lines.isEmpty(), file + " has records");
        for (String line : lines) {
            Map<String, Object> record = Json.parseObject(line);
            List<?> ids = (List<?>) record.get("input_ids");
            List<?> labels = (List<?>) record.get("labels");
            assertEquals(ids.size(), labels.size(), file + ": " + line);
            long masked = labels.stream().filter(l -> ((Number) l).longValue() == -100).count();
            assertTrue(masked > 0 && masked < labels.size(), "some tokens without loss, some with: " + line);
        }
        return lines.size();
    }

    private static Menu runMenu(Shell window) {
        for (MenuItem item : window.getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals("Run")) {
                return item.getMenu();
            }
        }
        throw new AssertionError("no Run menu");
    }

    private static void save(Shell shell, String name) {
        try {
            Screenshots.save(shell, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

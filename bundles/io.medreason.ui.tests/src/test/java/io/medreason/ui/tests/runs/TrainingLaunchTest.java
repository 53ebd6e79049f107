package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.Json;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.StepMetrics;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;
import io.medreason.ui.chart.LossChartView;
import io.medreason.ui.console.AskConsole;
import io.medreason.ui.console.AskConsoles;
import io.medreason.ui.runs.TrainingRunsView;
import io.medreason.ui.tests.Screenshots;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import io.medreason.ui.launch.TrainingTabGroup;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.junit.jupiter.api.Test;

/**
 * Real launches through the debug framework of short training runs on the tiny model: metrics reach the run model,
 * the Training Runs view and the Loss Chart; a rebuilt model re-attaches to a running child; Terminate stops it with
 * a checkpoint.
 */
class TrainingLaunchTest {

    /** Steps of the short run: a few, since a step of the tiny model takes seconds on a busy 2-core machine. */
    static final int STEPS = 4;

    static ILaunchConfigurationWorkingCopy tinyRun(String name, Path output, int steps) throws Exception {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(TrainingLaunch.TYPE_ID).newInstance(null,
                m.generateLaunchConfigurationName(name));
        TrainingAttributes.setDefaults(wc);
        Map<String, String> v = Map.of("model", Ui.tinyModel().toString(), "data", Ui.sampleData().toString(),
                "output", output.toString(), "steps", Integer.toString(steps), "batch-size", "1", "grad-accum", "2",
                "max-length", "160", "lora-r", "4", "lora-alpha", "8", "checkpoint-every", "2");
        v.forEach((k, value) -> wc.setAttribute(TrainingAttributes.key(k), value));
        wc.setAttribute(TrainingAttributes.key("eval-fraction"), "0.1");
        wc.setAttribute(TrainingAttributes.key("truncation"), "cut"); // the sample's records exceed 160 tokens
        wc.setAttribute(TrainingAttributes.key("eval-every"), "2");
        wc.setAttribute(TrainingAttributes.HEAP, "1g");
        wc.setAttribute(TrainingAttributes.STOP_TIMEOUT, 60);
        return wc;
    }

    @Test
    void aLaunchedRunStreamsItsMetricsToTheModelTheRunsViewAndTheChart() throws Exception {
        Path output = Ui.runFolder("tiny-lora");
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        TrainingRunsView runsView = (TrainingRunsView) page.showView(TrainingRunsView.ID);
        ILaunch launch = tinyRun("tiny lora", output, STEPS).launch(ILaunchManager.RUN_MODE, null);
        IProcess process = launch.getProcesses()[0];
        RunState run = RunModel.getDefault().run(output);
        Ui.waitFor("the run to end", 300, () -> process.isTerminated() && run.status() != RunStatus.RUNNING,
                () -> run.status() + " " + run.stepCount() + " steps, " + run.failure());

        assertEquals(0, process.getExitValue(), run.failure());
        assertEquals(RunStatus.FINISHED, run.status(), run.failure());
        List<StepMetrics> steps = run.steps();
        assertEquals(STEPS, steps.size());
        List<StepMetrics> fromFile = stepsOf(output.resolve(RunProtocol.METRICS_FILE));
        assertEquals(fromFile, steps, "the progress channel and metrics.jsonl agree");
        for (int i = 0; i < steps.size(); i++) {
            assertEquals(i + 1, steps.get(i).step());
            assertTrue(Double.isFinite(steps.get(i).loss()) && steps.get(i).loss() > 0, steps.get(i).toString());
        }
        assertTrue(steps.stream().anyMatch(s -> Double.isFinite(s.evalLoss())), "eval loss every 2 steps");
        assertEquals((long) STEPS, ((Number) run.summary().get("global_step")).longValue());
        assertTrue(Files.isRegularFile(output.resolve("adapter_config.json")), "final adapter written");
        assertTrue(run.latestCheckpoint().isPresent(), "checkpoint-N written");
        TrainingConfig childs = TrainingConfig.fromJson(output.resolve(RunProtocol.TRAINING_CONFIG_FILE));
        assertEquals(TrainingAttributes.toConfig(tinyRun("tiny lora", output, STEPS))
                .with(TrainingOption.OUTPUT, output.toAbsolutePath().normalize().toString()), childs,
                "the child trained on the launch configuration's settings");

        Ui.waitFor("the runs view to list the run", 10, () -> tableHas(runsView, output, "finished"),
                () -> tableText(runsView));
        runsView.viewer().setSelection(new StructuredSelection(run));
        runsView.openChart();
        LossChartView chartView = (LossChartView) page.findView(LossChartView.ID);
        assertTrue(chartView.chart().runs().contains(run));
        var loss = chartView.chart().lossData().getSeries(run.name() + " loss"); // earlier tests' runs may be shown
        assertEquals(STEPS, loss.getItemCount());
        for (int i = 0; i < STEPS; i++) {
            assertEquals(steps.get(i).loss(), loss.getY(i).doubleValue(), 0.0);
        }
        page.activate(runsView);
        var shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1400, 900);
        Screenshots.save(shell, "runs-view-and-chart");

        // the run's adapter in the Ask the Model console, compared with the base model
        AskConsole console = AskConsoles.open(Ui.tinyModel(), run.adapter().orElseThrow(), List.of("--temperature",
                "0", "--max-new-tokens", "8"));
        try {
            console.setCompare(true);
            var answer = console.ask(AskConsoleTest.QUESTION);
            Ui.waitFor("the adapter's and the base model's answers", 240, answer::isDone,
                    () -> console.getDocument().get());
            String text = console.getDocument().get();
            int tuned = text.indexOf("▶ with adapter");
            int base = text.indexOf("▶ base model");
            assertTrue(tuned >= 0 && base > tuned, text);
            assertTrue(text.substring(tuned, base).contains(answer.get().strip()), text);
            Screenshots.save(shell, "ask-console-compare");
        } finally {
            ConsolePlugin.getDefault().getConsoleManager().removeConsoles(new IConsole[] {console});
        }
    }

    @Test
    void aRebuiltModelReattachesToARunningChildAndTerminateStopsItWithACheckpoint() throws Exception {
        Path output = Ui.runFolder("tiny-reattach");
        ILaunch launch = tinyRun("tiny reattach", output, 400).launch(ILaunchManager.RUN_MODE, null);
        IProcess process = launch.getProcesses()[0];
        RunState live = RunModel.getDefault().run(output);
        Ui.waitFor("two steps", 240, () -> live.stepCount() >= 2 || process.isTerminated(),
                () -> live.status() + " " + live.failure());

        RunModel.getDefault().rebuild(); // as a restarted workbench: nothing but the folders
        RunState reattached = RunModel.getDefault().run(output);
        assertNotSame(live, reattached);
        assertEquals(RunStatus.RUNNING, reattached.status(), "found running by its process id");
        int seen = reattached.stepCount();
        assertTrue(seen >= 2, "steps read from metrics.jsonl: " + seen);
        Ui.waitFor("more steps from the tailed file", 120, () -> reattached.stepCount() >= seen + 1,
                () -> reattached.stepCount() + " steps " + reattached.status());

        process.terminate(); // asks the child to stop: it saves a checkpoint and exits 0
        Ui.waitFor("the stopped run", 120, () -> process.isTerminated() && reattached.summary() != null,
                () -> reattached.status() + " " + reattached.stepCount() + " " + reattached.failure());
        assertEquals(0, process.getExitValue());
        assertEquals(RunStatus.STOPPED, reattached.status());
        long last = reattached.lastStep();
        assertTrue(last < 400, "stopped early at " + last);
        assertEquals("checkpoint-" + last, reattached.latestCheckpoint().orElseThrow().getFileName().toString());
        assertEquals(stepsOf(output.resolve(RunProtocol.METRICS_FILE)), reattached.steps());
    }

    @Test
    void theHardwareTabsCheckpointingBoxMakesTheChildRecomputeLayers() throws Exception {
        Path output = Ui.runFolder("tiny-checkpointed");
        ILaunchConfigurationWorkingCopy wc = tinyRun("tiny checkpointed", output, 2);
        Shell shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        TrainingTabGroup group = new TrainingTabGroup();
        group.createTabs(null, ILaunchManager.RUN_MODE);
        ILaunchConfigurationTab hardware = group.getTabs()[4];
        hardware.createControl(shell);
        hardware.initializeFrom(wc);
        Button box = TrainingTabsTest.find(hardware.getControl(), Button.class, "checkpointing");
        box.setSelection(true);
        box.notifyListeners(SWT.Selection, new Event());
        hardware.performApply(wc);
        shell.dispose();

        ILaunch launch = wc.launch(ILaunchManager.RUN_MODE, null);
        IProcess process = launch.getProcesses()[0];
        StringBuilder console = new StringBuilder();
        process.getStreamsProxy().getOutputStreamMonitor().addListener((text, monitor) -> {
            synchronized (console) {
                console.append(text);
            }
        });
        RunState run = RunModel.getDefault().run(output);
        Ui.waitFor("the checkpointed run to end", 300, () -> process.isTerminated() && run.status() != RunStatus.RUNNING,
                () -> run.status() + " " + run.stepCount() + " steps, " + run.failure());
        assertEquals(0, process.getExitValue(), run.failure());
        String text = process.getStreamsProxy().getOutputStreamMonitor().getContents();
        synchronized (console) {
            text = text + console;
        }
        // 2 steps x 2 micro-batches x 2 layers of the tiny model, each recomputed once for backward
        assertTrue(text.contains("gradient checkpointing: 8 decoder-layer forwards recomputed"), text);
    }

    @Test
    void aChildThatDiesIsReportedWithItsExitStatusAndLastLines() throws Exception {
        Path output = Ui.runFolder("tiny-bad-data");
        Path bad = Files.createDirectories(output.getParent()).resolve("bad-records.jsonl");
        Files.writeString(bad, "{\"Question\": \"頭暈？\"}\n", StandardCharsets.UTF_8);
        ILaunchConfigurationWorkingCopy wc = tinyRun("tiny bad data", output, 2);
        wc.setAttribute(TrainingAttributes.key("data"), bad.toString());
        ILaunch launch = wc.launch(ILaunchManager.RUN_MODE, null);
        IProcess process = launch.getProcesses()[0];
        RunState run = RunModel.getDefault().run(output);
        Ui.waitFor("the child to die", 240, () -> process.isTerminated() && run.status() != RunStatus.RUNNING,
                () -> run.status() + " " + run.failure());
        assertEquals(RunStatus.FAILED, run.status());
        assertTrue(process.getExitValue() != 0, "exit " + process.getExitValue());
        String failure = run.failure();
        assertTrue(failure.startsWith("exit status " + process.getExitValue() + ": "), failure);
        assertTrue(failure.contains("bad-records.jsonl"), "the engine's message names the file: " + failure);
    }

    static List<StepMetrics> stepsOf(Path metrics) throws Exception {
        return Files.readAllLines(metrics, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(Json::parseObject).filter(m -> RunProtocol.STEP.equals(RunProtocol.typeOf(m)))
                .map(StepMetrics::of).toList();
    }

    static boolean tableHas(TrainingRunsView view, Path folder, String status) {
        for (var item : view.viewer().getTable().getItems()) {
            if (item.getText(6).equals(folder.toString()) && item.getText(1).startsWith(status)) {
                return true;
            }
        }
        return false;
    }

    static String tableText(TrainingRunsView view) {
        StringBuilder sb = new StringBuilder();
        for (var item : view.viewer().getTable().getItems()) {
            sb.append(item.getText(0)).append(' ').append(item.getText(1)).append('\n');
        }
        return sb.toString();
    }
}

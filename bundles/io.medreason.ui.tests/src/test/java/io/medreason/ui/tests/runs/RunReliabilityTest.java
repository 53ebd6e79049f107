package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.launching.TrainingLaunch;
import io.medreason.launching.TrainingProcess;
import io.medreason.ui.chart.LossChart;
import io.medreason.ui.chart.LossChartView;
import io.medreason.ui.runs.TrainingRunsView;
import io.medreason.ui.tests.Screenshots;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Training runs that end badly or outlive the workbench, on real children training the tiny model: a child killed
 * with {@code kill -9} shows as failed with its last lines in Training Runs and in the Loss Chart; a child whose
 * workbench closes trains on and is re-attached by the next workbench session.
 */
class RunReliabilityTest {

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static long childPid(Path output) throws Exception {
        String first = Files.readAllLines(output.resolve(TrainingLaunch.PID_FILE), StandardCharsets.UTF_8).get(0);
        long pid = Long.parseLong(first.strip());
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElse("?");
        assertTrue(command.endsWith("/java"), "run.pid names the child JVM itself (setsid did not fork): " + command);
        return pid;
    }

    private static TableItem row(TrainingRunsView view, Path folder) {
        for (TableItem item : view.viewer().getTable().getItems()) {
            if (item.getText(6).equals(folder.toString())) {
                return item;
            }
        }
        throw new AssertionError("no row for " + folder + " in\n" + TrainingLaunchTest.tableText(view));
    }

    private static LossChartView chartOf(TrainingRunsView view, RunState run) {
        view.viewer().setSelection(new StructuredSelection(run));
        view.openChart();
        return (LossChartView) page().findView(LossChartView.ID);
    }

    /** Leaves no chart behind: the next test's chart starts empty. */
    @AfterEach
    void closeTheChart() {
        var chart = page().findView(LossChartView.ID);
        if (chart != null) {
            page().hideView(chart);
        }
    }

    @Test
    void aChildKilledWithSignal9ShowsFailedWithItsLastLinesInTheRunsViewAndTheChart() throws Exception {
        Path output = Ui.runFolder("tiny-killed");
        TrainingRunsView view = (TrainingRunsView) page().showView(TrainingRunsView.ID);
        ILaunch launch = TrainingLaunchTest.tinyRun("tiny killed", output, 400).launch(ILaunchManager.RUN_MODE, null);
        var process = launch.getProcesses()[0];
        RunState run = RunModel.getDefault().run(output);
        Ui.waitFor("two steps", 240, () -> run.stepCount() >= 2 || process.isTerminated(),
                () -> run.status() + " " + run.failure());
        assertFalse(process.isTerminated(), run.failure());
        LossChartView chart = chartOf(view, run);

        Process kill = new ProcessBuilder("kill", "-9", Long.toString(childPid(output))).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -9");
        Ui.waitFor("the killed run to show failed", 60, () -> process.isTerminated()
                && TrainingLaunchTest.tableHas(view, output, "failed"), () -> TrainingLaunchTest.tableText(view));

        assertEquals(137, process.getExitValue(), "128 + SIGKILL");
        assertEquals(RunStatus.FAILED, run.status());
        TableItem item = row(view, output);
        String status = item.getText(1);
        assertEquals("failed: exit status 137 (killed: signal 9, SIGKILL)", status);
        String lines = run.lastOutput().strip();
        assertTrue(lines.contains("step 2/400"), "the last lines are the child's own output:\n" + lines);
        String lastOutput = item.getText(7);
        assertEquals(lines.substring(lines.lastIndexOf('\n') + 1), lastOutput,
                "the Last output column shows the child's last line");
        String tooltip = ((ColumnLabelProvider) view.viewer().getLabelProvider(1)).getToolTipText(run);
        assertTrue(tooltip.startsWith("exit status 137") && tooltip.contains(lastOutput)
                && tooltip.lines().count() >= 3, "the status tooltip has the last lines:\n" + tooltip);
        System.out.println("killed run, Training Runs status: " + status + "\nlast lines (tooltip):\n" + tooltip);

        String mark = run.name() + " " + LossChart.FAILED;
        Ui.waitFor("the chart to mark the run failed", 10, () -> chart.chart().markerLabels().contains(mark),
                () -> chart.chart().markerLabels().toString());
        // the chart is shared by the UI tests: this run's smoothed series by its name, not by index
        var legend = ((java.util.List<?>) chart.chart().lossData().getSeries()).stream()
                .map(series -> ((org.jfree.data.xy.XYSeries) series).getKey().toString())
                .filter(key -> key.startsWith(run.name() + " loss (smoothed)")).findFirst().orElse("(none)");
        assertTrue(legend.endsWith(LossChart.FAILED), "legend: " + legend);
        var shell = page().getWorkbenchWindow().getShell();
        shell.setSize(1600, 1000);
        page().bringToTop(view);
        Screenshots.save(shell, "run-killed-failed");
    }

    /**
     * Two workbench sessions inside one test workbench (Tycho cannot restart it mid-run): session 1 ends as the
     * platform's shutdown ends it — the training process detaches (what its Terminate does while the debug plug-in
     * is stopping), then every launch that can terminate is terminated, as the launch manager does on shutdown —
     * and its views close; session 2 starts from nothing in memory ({@link RunModel#rebuild()}) with fresh views,
     * while the real child keeps training.
     */
    @Test
    void closingTheWorkbenchLeavesTheRunGoingAndTheNextSessionReattachesUntilItFinishes() throws Exception {
        int steps = 12;
        Path output = Ui.runFolder("tiny-outlives");
        TrainingRunsView before = (TrainingRunsView) page().showView(TrainingRunsView.ID);
        ILaunch launch = TrainingLaunchTest.tinyRun("tiny outlives", output, steps)
                .launch(ILaunchManager.RUN_MODE, null);
        TrainingProcess process = (TrainingProcess) launch.getProcesses()[0];
        RunState live = RunModel.getDefault().run(output);
        Ui.waitFor("two steps", 240, () -> live.stepCount() >= 2 || process.isTerminated(),
                () -> live.status() + " " + live.failure());
        assertFalse(process.isTerminated(), live.failure());
        long pid = childPid(output);

        // session 1 ends
        process.detach();
        if (launch.canTerminate()) {
            launch.terminate();
        }
        assertFalse(launch.canTerminate(), "a detached run is not terminated by the shutdown");
        page().hideView(before);
        if (page().findView(LossChartView.ID) != null) {
            page().hideView(page().findView(LossChartView.ID));
        }
        Thread.sleep(1000);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child trains on");

        // session 2 starts
        RunModel.getDefault().rebuild();
        TrainingRunsView view = (TrainingRunsView) page().showView(TrainingRunsView.ID);
        RunState run = RunModel.getDefault().run(output);
        assertNotSame(live, run);
        Ui.waitFor("the re-attached run listed as running", 10, () -> TrainingLaunchTest.tableHas(view, output,
                "running"), () -> TrainingLaunchTest.tableText(view));
        LossChartView chart = chartOf(view, run);
        int shown = chart.chart().lossData().getSeries(0).getItemCount();
        Ui.waitFor("the chart to grow", 180, () -> chart.chart().lossData().getSeries(0).getItemCount() > shown,
                () -> chart.chart().lossData().getSeries(0).getItemCount() + " points, " + run.status());
        System.out.println("re-attached at " + shown + " of " + steps + " steps; the chart grew to "
                + chart.chart().lossData().getSeries(0).getItemCount());
        var shell = page().getWorkbenchWindow().getShell();
        shell.setSize(1600, 1000);
        page().bringToTop(view);
        Screenshots.save(shell, "run-reattached-running");

        Ui.waitFor("the re-attached run to finish", 300, () -> TrainingLaunchTest.tableHas(view, output, "finished"),
                () -> TrainingLaunchTest.tableText(view) + run.failure());
        assertEquals(RunStatus.FINISHED, run.status());
        assertEquals(steps, run.stepCount());
        assertEquals(TrainingLaunchTest.stepsOf(output.resolve(RunProtocol.METRICS_FILE)), run.steps());
        Ui.waitFor("every step in the chart", 10, () -> chart.chart().lossData().getSeries(0).getItemCount() == steps,
                () -> chart.chart().lossData().getSeries(0).getItemCount() + " points");
        assertTrue(Files.isRegularFile(output.resolve("adapter_config.json")), "the final adapter was written");
        page().bringToTop(view);
        Screenshots.save(shell, "run-reattached-finished");
    }
}

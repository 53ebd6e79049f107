package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;
import io.medreason.launching.MetricsCsv;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.ui.chart.LossChart;
import io.medreason.ui.tests.Screenshots;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loss chart drawn from metrics files written by hand in the protocol's format, two runs overlaid. */
class LossChartTest {

    @TempDir
    Path tmp;

    /** A run of {@code steps} steps whose loss falls from 2.09 like the reference run's, eval every 10 steps. */
    private static Path writeRun(Path dir, int steps, double start, double end) throws Exception {
        Files.createDirectories(dir);
        StringBuilder lines = new StringBuilder();
        lines.append(RunProtocol.encode(RunProtocol.message(RunProtocol.START, "total_steps", steps))).append('\n');
        for (int s = 1; s <= steps; s++) {
            double t = (s - 1) / (double) (steps - 1);
            double loss = start + (end - start) * t + 0.08 * Math.sin(s * 1.7);
            double lr = 2e-4 * Math.min(1, s / 5.0) * (1 - t);
            lines.append(RunProtocol.encode(new StepMetrics(s, s / 50.0, loss, lr, 0.5 + 0.3 * Math.cos(s), 900 + s,
                    0.885, s * 18.0, Double.NaN, s % 10 == 0 ? loss + 0.05 : Double.NaN, false).toMessage()))
                    .append('\n');
        }
        lines.append(RunProtocol.encode(new RunSummary(steps * 18.0, 0.885, 0.055, (start + end) / 2, 1e15, steps,
                steps / 50.0, false).toMessage())).append('\n');
        Files.writeString(dir.resolve(RunProtocol.METRICS_FILE), lines, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void aChartFromMetricsFilesOverlaysRunsSmoothsAndExports() throws Exception {
        RunState a = RunModel.getDefault().run(writeRun(tmp.resolve("qwen3b-r32"), 200, 2.09, 1.54));
        RunState b = RunModel.getDefault().run(writeRun(tmp.resolve("qwen3b-r16"), 120, 2.12, 1.70));
        assertEquals(RunStatus.FINISHED, a.status());
        assertEquals(200, a.stepCount());

        Shell shell = new Shell(Display.getCurrent());
        shell.setText("Loss Chart 損失曲線");
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 750);
        LossChart chart = new LossChart(shell);
        chart.show(a);
        chart.show(b);
        shell.open();

        XYSeries raw = chart.lossData().getSeries(0);
        XYSeries smoothed = chart.lossData().getSeries(1);
        XYSeries eval = chart.lossData().getSeries(2);
        assertEquals(200, raw.getItemCount());
        assertEquals(20, eval.getItemCount());
        assertEquals(6, chart.lossData().getSeriesCount(), "raw, smoothed and eval loss of two runs");
        List<StepMetrics> steps = a.steps();
        assertEquals(steps.get(0).loss(), smoothed.getY(0).doubleValue(), 1e-12, "bias-corrected EMA starts at x1");
        double ema = 0;
        for (int i = 0; i < 200; i++) {
            ema = 0.9 * ema + 0.1 * steps.get(i).loss();
        }
        assertEquals(ema / (1 - Math.pow(0.9, 200)), smoothed.getY(199).doubleValue(), 1e-9);
        double rawSpread = spread(raw);
        double smoothSpread = spread(smoothed);
        assertTrue(smoothSpread < rawSpread, "smoothing removes the noise: " + smoothSpread + " vs " + rawSpread);

        chart.setLogScale(true);
        assertTrue(chart.lossAxis() instanceof org.jfree.chart.axis.LogAxis, "log scale");
        Path png = tmp.resolve("chart.png");
        chart.exportPng(png, 1200, 800);
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(1200, image.width);
        Path csv = tmp.resolve("chart.csv");
        chart.exportCsv(csv);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(MetricsCsv.HEADER, rows.get(0));
        assertEquals(1 + 200 + 120, rows.size());
        assertTrue(rows.get(1).startsWith("qwen3b-r32,1,"), rows.get(1));
        chart.setLogScale(false);
        assertTrue(chart.lossAxis() instanceof org.jfree.chart.axis.NumberAxis, "linear scale");
        Screenshots.save(shell, "loss-chart");
        shell.dispose();
    }

    @Test
    void aChartFollowsAGrowingMetricsFileOfAReattachedRun() throws Exception {
        Path dir = writeRun(tmp.resolve("growing"), 30, 2.0, 1.8);
        Path metrics = dir.resolve(RunProtocol.METRICS_FILE);
        List<String> lines = Files.readAllLines(metrics, StandardCharsets.UTF_8);
        Files.write(metrics, lines.subList(0, 11), StandardCharsets.UTF_8); // start + 10 steps, no summary
        Files.writeString(dir.resolve("run.pid"), Long.toString(ProcessHandle.current().pid()));
        RunModel.getDefault().rebuild();
        RunState run = RunModel.getDefault().run(dir);
        assertEquals(RunStatus.RUNNING, run.status(), "the process id is alive");
        Shell shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        LossChart chart = new LossChart(shell);
        chart.show(run);
        assertEquals(10, chart.lossData().getSeries(0).getItemCount());
        Files.write(metrics, lines, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        Ui.waitFor("the chart to take the new steps", 20, () -> chart.lossData().getSeries(0).getItemCount() == 30,
                () -> chart.lossData().getSeries(0).getItemCount() + " points, " + run.status());
        assertEquals(RunStatus.FINISHED, run.status());
        shell.dispose();
    }

    private static double spread(XYSeries s) {
        double sum = 0;
        for (int i = 1; i < s.getItemCount(); i++) {
            sum += Math.abs(s.getY(i).doubleValue() - s.getY(i - 1).doubleValue());
        }
        return sum;
    }
}

package io.medreason.ui.chart;

import io.medreason.launching.AtomicFiles;
import io.medreason.launching.MetricsCsv;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The loss chart (JFreeChart on SWT) for one or more runs overlaid: training loss raw and smoothed with eval loss
 * and the learning rate on a second axis, then gradient norm, then throughput, sharing the step axis. Steps that
 * arrived are added twice a second on the display thread (the messages are parsed on background threads); zoom with
 * the mouse, log scale for the loss, export PNG and CSV.
 */
public final class LossChart {

    /** The word that marks a failed run in the chart. */
    public static final String FAILED = "failed 失敗";
    /** Milliseconds between two live updates. */
    static final int REFRESH_MILLIS = 500;
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0x17becf)};

    private final List<RunSeries> runs = new ArrayList<>();
    private final XYSeriesCollection lossData = new XYSeriesCollection();
    private final XYSeriesCollection lrData = new XYSeriesCollection();
    private final XYSeriesCollection gradData = new XYSeriesCollection();
    private final XYSeriesCollection speedData = new XYSeriesCollection();
    private final XYPlot lossPlot;
    private final JFreeChart chart;
    private final ChartComposite composite;
    private boolean logScale;

    public LossChart(Composite parent) {
        NumberAxis step = new NumberAxis("Step 步數");
        step.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(step);
        lossPlot = new XYPlot(lossData, null, lossAxis(false), new XYLineAndShapeRenderer(true, false));
        lossPlot.setDataset(1, lrData);
        NumberAxis lrAxis = new NumberAxis("Learning rate 學習率");
        lrAxis.setAutoRangeIncludesZero(true);
        lossPlot.setRangeAxis(1, lrAxis);
        lossPlot.mapDatasetToRangeAxis(1, 1);
        lossPlot.setRenderer(1, new XYLineAndShapeRenderer(true, false));
        plot.add(lossPlot, 3);
        plot.add(new XYPlot(gradData, null, axis("Grad norm"), new XYLineAndShapeRenderer(true, false)), 1);
        plot.add(new XYPlot(speedData, null, axis("Tokens/s"), new XYLineAndShapeRenderer(true, false)), 1);
        chart = new JFreeChart("訓練損失 Training loss", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        composite = new ChartComposite(parent, SWT.NONE, chart, true);
        composite.setRangeZoomable(true);
        composite.setDomainZoomable(true);
        Display display = parent.getDisplay();
        display.timerExec(REFRESH_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (!composite.isDisposed()) {
                    refresh();
                    display.timerExec(REFRESH_MILLIS, this);
                }
            }
        });
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(false);
        return a;
    }

    private static ValueAxis lossAxis(boolean log) {
        if (log) {
            LogAxis a = new LogAxis("Loss 損失 (log)");
            a.setSmallestValue(1e-4);
            return a;
        }
        return axis("Loss 損失");
    }

    /** Adds a run to the chart (once). */
    public void show(RunState run) {
        if (runs.stream().anyMatch(r -> r.run == run)) {
            return;
        }
        RunSeries s = new RunSeries(run);
        Color c = PALETTE[runs.size() % PALETTE.length];
        runs.add(s);
        add(lossData, s.loss, lossPlot.getRenderer(0), withAlpha(c, 90), 1f, false).setSeriesVisibleInLegend(
                lossData.getSeriesCount() - 1, false);
        add(lossData, s.smoothed, lossPlot.getRenderer(0), c, 2.2f, false);
        add(lossData, s.eval, lossPlot.getRenderer(0), c.darker(), 1.5f, true);
        add(lrData, s.lr, lossPlot.getRenderer(1), withAlpha(c.darker(), 140), 1f, false)
                .setSeriesVisibleInLegend(lrData.getSeriesCount() - 1, runs.size() == 1);
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        List<?> subs = plot.getSubplots();
        add(gradData, s.gradNorm, ((XYPlot) subs.get(1)).getRenderer(), c, 1.2f, false)
                .setSeriesVisibleInLegend(gradData.getSeriesCount() - 1, false);
        add(speedData, s.throughput, ((XYPlot) subs.get(2)).getRenderer(), c, 1.2f, false)
                .setSeriesVisibleInLegend(speedData.getSeriesCount() - 1, false);
        refresh();
    }

    private static org.jfree.chart.renderer.xy.XYItemRenderer add(XYSeriesCollection data, XYSeries series,
            org.jfree.chart.renderer.xy.XYItemRenderer r, Color color, float width, boolean shapes) {
        data.addSeries(series);
        int i = data.getSeriesCount() - 1;
        r.setSeriesPaint(i, color);
        r.setSeriesStroke(i, new BasicStroke(width));
        if (r instanceof XYLineAndShapeRenderer lr) {
            lr.setSeriesShapesVisible(i, shapes);
            lr.setSeriesLinesVisible(i, !shapes || series.getKey().toString().endsWith("eval loss"));
        }
        return r;
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Adds the steps that arrived; true when the chart changed. */
    public boolean refresh() {
        boolean changed = false;
        for (RunSeries s : runs) {
            changed |= s.update();
            changed |= markIfFailed(s);
        }
        return changed;
    }

    /**
     * Marks a run that failed: a red dashed line at its last step labelled "failed", and "failed" in its legend
     * entry. True when the mark was added now.
     */
    private boolean markIfFailed(RunSeries s) {
        if (s.markedFailed || s.run.status() != RunStatus.FAILED) {
            return false;
        }
        s.markedFailed = true;
        ValueMarker marker = new ValueMarker(s.run.lastStep(), Color.RED, new BasicStroke(1.5f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(s.run.name() + " " + FAILED);
        marker.setLabelPaint(Color.RED);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        lossPlot.addDomainMarker(marker, Layer.FOREGROUND);
        s.smoothed.setKey(s.run.name() + " loss (smoothed) — " + FAILED);
        return true;
    }

    /** The labels of the run markers on the loss plot (a failed run: "NAME failed 失敗"). */
    public List<String> markerLabels() {
        List<String> labels = new ArrayList<>();
        java.util.Collection<?> markers = lossPlot.getDomainMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object m : markers) {
                labels.add(((ValueMarker) m).getLabel());
            }
        }
        return labels;
    }

    /** Removes every run. */
    public void clear() {
        lossPlot.clearDomainMarkers();
        runs.clear();
        for (XYSeriesCollection c : List.of(lossData, lrData, gradData, speedData)) {
            c.removeAllSeries();
        }
    }

    /** Switches the loss axis between linear and logarithmic. */
    public void setLogScale(boolean log) {
        logScale = log;
        lossPlot.setRangeAxis(0, lossAxis(log));
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** Writes the chart as a PNG image of {@code width} × {@code height}. */
    public void exportPng(Path file, int width, int height) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            ChartUtils.saveChartAsPNG(new File(tmp.toString()), chart, width, height);
            AtomicFiles.move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes every shown run's steps as CSV ({@link MetricsCsv}). */
    public void exportCsv(Path file) throws IOException {
        StringBuilder out = new StringBuilder(MetricsCsv.HEADER).append('\n');
        for (RunSeries s : runs) {
            MetricsCsv.append(out, s.run.name(), s.run.steps());
        }
        AtomicFiles.write(file, out.toString());
    }

    /** The runs shown. */
    public List<RunState> runs() {
        return runs.stream().map(s -> s.run).toList();
    }

    /** The series of the loss plot (for tests): raw, smoothed, eval for each run, in order. */
    public XYSeriesCollection lossData() {
        return lossData;
    }

    /** The loss plot's value axis (a {@link LogAxis} in log scale). */
    public ValueAxis lossAxis() {
        return lossPlot.getRangeAxis(0);
    }

    public JFreeChart chart() {
        return chart;
    }

    public ChartComposite control() {
        return composite;
    }
}

package io.medreason.ui.dataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import io.medreason.dataset.stats.FieldStatistics;
import io.medreason.dataset.stats.Histogram;

/** JFreeChart histograms of a field's lengths with the maximum-length line. */
final class HistogramCharts {

    private static final Color BARS = new Color(0x3b, 0x6e, 0xa5);
    private static final Color LIMIT = new Color(0xc0, 0x30, 0x30);

    private HistogramCharts() {
    }

    /** A histogram of {@code stats} in {@code unit}s with a red line at {@code maxLength}. */
    static JFreeChart histogram(String title, FieldStatistics stats, String unit, int maxLength) {
        Histogram histogram = stats.histogram();
        XYSeries series = new XYSeries(title);
        for (int i = 0; i < histogram.bins(); i++) {
            series.add(histogram.binStart(i) + histogram.binWidth() / 2.0, histogram.counts()[i]);
        }
        XYBarDataset data = new XYBarDataset(new XYSeriesCollection(series), histogram.binWidth());
        JFreeChart chart = ChartFactory.createXYBarChart(title, unit, false, "records", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xf6, 0xf6, 0xf6));
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BARS);
        renderer.setDrawBarOutline(false);
        ValueMarker limit = new ValueMarker(maxLength, LIMIT, new BasicStroke(2f));
        limit.setLabel("max " + maxLength);
        limit.setLabelPaint(LIMIT);
        limit.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        limit.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(limit);
        double upper = Math.max(stats.max(), maxLength) * 1.05 + 1;
        plot.getDomainAxis().setRange(0, upper);
        return chart;
    }
}

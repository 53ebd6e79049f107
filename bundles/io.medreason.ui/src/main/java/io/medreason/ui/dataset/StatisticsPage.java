package io.medreason.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import io.medreason.core.text.TokenCounter;
import io.medreason.dataset.stats.DatasetStatistics;
import io.medreason.dataset.stats.FieldStatistics;
import io.medreason.dataset.stats.LengthMeasure;
import io.medreason.dataset.stats.RecordLengths;
import io.medreason.dataset.stats.RecordRenderer;
import io.medreason.dataset.stats.TemplateRenderer;
import io.medreason.ui.MedReasonUi;

/**
 * The Statistics page: length histograms per field and for the whole record (sum of the fields or a prompt
 * template) with the maximum-length line, records over it, percentiles, and PNG export. Lengths are tokens of the
 * configured tokenizer, else characters, measured in a background job.
 */
final class StatisticsPage extends Composite {

    private static final String SUM = "sum of the fields";
    private static final String[] TEMPLATES = { SUM, "chatml-reasoning" };

    private final DatasetSession session;
    private final Runnable onMeasured;
    private final Spinner maxLength;
    private final Combo template;
    private final Label summary;
    private final Table percentiles;
    private final Composite charts;
    private final List<JFreeChart> shown = new ArrayList<>();
    private final List<String> shownNames = new ArrayList<>();
    private DatasetStatistics statistics;
    private boolean stale = true;
    private Job running;

    StatisticsPage(Composite parent, DatasetSession session, Runnable onMeasured) {
        super(parent, SWT.NONE);
        this.session = session;
        this.onMeasured = onMeasured;
        setLayout(new FillLayout());
        ScrolledComposite scroller = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = new Composite(scroller, SWT.NONE);
        scroller.setContent(body);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(700, 620);
        body.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(body, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText("Max length 最大長度:");
        maxLength = new Spinner(bar, SWT.BORDER);
        maxLength.setValues(DatasetPreferences.maxLength(), 1, 1_000_000, 0, 128, 1024);
        new Label(bar, SWT.NONE).setText("Whole record:");
        template = new Combo(bar, SWT.READ_ONLY);
        template.setItems(TEMPLATES);
        template.select(0);
        Button recompute = new Button(bar, SWT.PUSH);
        recompute.setText("Recompute 重新計算");
        Button export = new Button(bar, SWT.PUSH);
        export.setText("Export PNG…");
        summary = new Label(body, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        percentiles = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        percentiles.setHeaderVisible(true);
        percentiles.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = percentiles.getHeaderHeight() + 5 * percentiles.getItemHeight() + 4;
        percentiles.setLayoutData(tableData);
        for (String name : new String[] { "Field 欄位", "Records", "Min", "Mean", "p50", "p90", "p95", "p99",
                "Max" }) {
            TableColumn column = new TableColumn(percentiles, name.startsWith("Field") ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setWidth(name.startsWith("Field") ? 220 : 90);
        }
        charts = new Composite(body, SWT.NONE);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        charts.setLayout(new GridLayout(2, true));
        maxLength.addListener(SWT.Selection, e -> recomputeStatistics());
        template.addListener(SWT.Selection, e -> measure());
        recompute.addListener(SWT.Selection, e -> measure());
        export.addListener(SWT.Selection, e -> chooseExportFolder());
    }

    /** Marks the lengths out of date (the model changed); they are measured again when the page is shown. */
    void invalidate() {
        stale = true;
    }

    /** Measures again if the model changed since the last measurement. */
    void showing() {
        if (stale || statistics == null) {
            measure();
        }
    }

    DatasetStatistics statistics() {
        return statistics;
    }

    int chartCount() {
        return shown.size();
    }

    /** Writes every chart as {@code statistics-<field>.png} into {@code folder}; returns the files. */
    List<Path> exportPng(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Path file = folder.resolve("statistics-" + shownNames.get(i) + ".png");
            ChartUtils.saveChartAsPNG(file.toFile(), shown.get(i), 900, 500);
            files.add(file);
        }
        return files;
    }

    /** Measures lengths in a background job, then draws. */
    void measure() {
        if (running != null) {
            running.cancel();
        }
        stale = false;
        summary.setText("measuring…");
        String templateName = template.getText();
        org.eclipse.swt.widgets.Display display = getDisplay();
        Job job = new Job("Measuring record lengths") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                int total = session.records().size();
                monitor.beginTask("Measuring " + total + " records", total);
                Optional<TokenCounter> tokenizer = Tokenizers.configured();
                LengthMeasure measure = tokenizer.map(LengthMeasure::tokens).orElseGet(LengthMeasure::characters);
                int[] done = { 0 };
                RecordLengths lengths;
                try {
                    lengths = RecordLengths.measure(session.dataset(), measure, renderer(templateName), n -> {
                        monitor.worked(n - done[0]);
                        done[0] = n;
                        if (monitor.isCanceled()) {
                            throw new CancelledMeasure();
                        }
                    });
                } catch (CancelledMeasure e) {
                    return Status.CANCEL_STATUS;
                }
                if (!display.isDisposed()) {
                    display.asyncExec(() -> measured(lengths));
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        running = job;
        job.schedule();
    }

    private static RecordRenderer renderer(String name) {
        if (SUM.equals(name)) {
            return null;
        }
        try {
            return TemplateRenderer.resolve(name);
        } catch (RuntimeException e) {
            MedReasonUi.logError("template " + name + " is not available: " + e.getMessage(), e);
            return null;
        }
    }

    private void measured(RecordLengths lengths) {
        if (isDisposed()) {
            return;
        }
        session.setLengths(lengths);
        recomputeStatistics();
        onMeasured.run();
    }

    private void recomputeStatistics() {
        RecordLengths lengths = session.lengths();
        if (lengths == null) {
            return;
        }
        statistics = DatasetStatistics.compute(lengths, maxLength.getSelection());
        draw();
    }

    private void draw() {
        for (var child : charts.getChildren()) {
            child.dispose();
        }
        shown.clear();
        shownNames.clear();
        percentiles.removeAll();
        String unit = statistics.unit();
        for (Map.Entry<String, FieldStatistics> entry : statistics.fields().entrySet()) {
            FieldStatistics field = entry.getValue();
            String title = title(entry.getKey());
            addRow(title, field);
            JFreeChart chart = HistogramCharts.histogram(title + " (" + unit + ")", field, unit,
                    statistics.maxLength());
            ChartComposite composite = new ChartComposite(charts, SWT.BORDER, chart, true);
            composite.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            shown.add(chart);
            shownNames.add(entry.getKey());
        }
        summary.setText(String.format(Locale.ROOT, "%d records; %d (%.1f%%) over %d %s 超過上限; whole record = %s",
                statistics.records(), statistics.overLimit(), statistics.overLimitPercent(), statistics.maxLength(), unit,
                statistics.wholeRecord()));
        GridData tableData = (GridData) percentiles.getLayoutData();
        tableData.heightHint = percentiles.getHeaderHeight() + (statistics.fields().size() + 1)
                * percentiles.getItemHeight();
        charts.layout(true, true);
        layout(true, true);
        charts.getParent().layout(true, true);
    }

    private String title(String field) {
        return switch (field) {
            case "question" -> "Question 問題";
            case "reasoning" -> "Reasoning 推理";
            case "response" -> "Response 回答";
            case RecordLengths.RECORD -> "Whole record 整筆";
            default -> field;
        };
    }

    private void addRow(String title, FieldStatistics field) {
        TableItem item = new TableItem(percentiles, SWT.NONE);
        item.setText(new String[] { title, Integer.toString(field.count()), Integer.toString(field.min()),
                String.format(Locale.ROOT, "%.1f", field.mean()), Integer.toString(field.p50()),
                Integer.toString(field.p90()), Integer.toString(field.p95()), Integer.toString(field.p99()),
                Integer.toString(field.max()) });
    }

    private void chooseExportFolder() {
        if (shown.isEmpty()) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Export the histograms as PNG");
        dialog.setFilterPath(session.file().toAbsolutePath().getParent().toString());
        String folder = dialog.open();
        if (folder != null) {
            try {
                List<Path> files = exportPng(Path.of(folder));
                summary.setText("wrote " + files.size() + " PNG files to " + folder);
            } catch (IOException e) {
                summary.setText("cannot write PNG: " + e.getMessage());
            }
        }
    }

    /** Stops a measurement that was cancelled from the progress view. */
    private static final class CancelledMeasure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledMeasure() {
            super(null, null, false, false);
        }
    }
}

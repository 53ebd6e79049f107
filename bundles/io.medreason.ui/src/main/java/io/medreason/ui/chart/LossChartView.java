package io.medreason.ui.chart;

import io.medreason.launching.RunState;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.part.ViewPart;

/** <em>Loss Chart</em>: the {@link LossChart} of the runs opened from the Training Runs view, with its actions. */
public final class LossChartView extends ViewPart {

    public static final String ID = "io.medreason.ui.chart.LossChartView";

    private LossChart chart;

    @Override
    public void createPartControl(Composite parent) {
        chart = new LossChart(parent);
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        Action log = new Action("Log Scale", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                chart.setLogScale(isChecked());
            }
        };
        bar.add(log);
        bar.add(new Action("Export PNG…") {
            @Override
            public void run() {
                export("*.png", file -> chart.exportPng(file, 1200, 800));
            }
        });
        bar.add(new Action("Export CSV…") {
            @Override
            public void run() {
                export("*.csv", chart::exportCsv);
            }
        });
        bar.add(new Action("Clear") {
            @Override
            public void run() {
                chart.clear();
            }
        });
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private void export(String pattern, Export export) {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {pattern});
        d.setOverwrite(true);
        String file = d.open();
        if (file != null) {
            try {
                export.to(Path.of(file));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Export", "Cannot write " + file + ": "
                        + e.getMessage());
            }
        }
    }

    /** Overlays {@code run} on the chart. */
    public void show(RunState run) {
        chart.show(run);
    }

    /** The chart (for tests). */
    public LossChart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        chart.control().setFocus();
    }
}

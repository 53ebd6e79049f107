package io.medreason.ui.runs;

import io.medreason.launching.RunLaunches;
import io.medreason.launching.RunListener;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.medreason.ui.MedReasonUi;
import io.medreason.ui.chart.LossChartView;
import io.medreason.ui.console.AskConsoles;

/**
 * <em>Training Runs</em>: the runs of the workspace ({@link RunModel}) with status and summary figures, refreshed
 * as messages arrive (at most a few times a second), and actions to open the loss chart, resume from the last
 * checkpoint, ask the adapter in the console, and reveal the folder.
 */
public final class TrainingRunsView extends ViewPart implements RunListener {

    public static final String ID = "io.medreason.ui.runs.TrainingRunsView";

    private TableViewer viewer;
    private org.eclipse.swt.widgets.Display display;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        display = parent.getDisplay();
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        for (int i = 0; i < RunLabels.COLUMNS.length; i++) {
            int index = i;
            TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
            col.getColumn().setText(RunLabels.COLUMNS[i]);
            col.getColumn().setWidth(RunLabels.WIDTHS[i]);
            col.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return RunLabels.column((RunState) element, index);
                }

                @Override
                public String getToolTipText(Object element) {
                    return RunLabels.tooltip((RunState) element, index);
                }
            });
        }
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> openChart());
        getSite().setSelectionProvider(viewer);
        createActions();
        RunModel.getDefault().addListener(this);
        viewer.setInput(RunModel.getDefault().runs());
    }

    private void createActions() {
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        MenuManager menu = new MenuManager();
        List<Action> actions = List.of(action("Open Chart", this::openChart), action("Resume", this::resume),
                action("Ask the Adapter", this::ask), action("Reveal Folder", this::reveal),
                action("Refresh", () -> RunModel.getDefault().rebuild()));
        for (Action a : actions) {
            bar.add(a);
            menu.add(a);
        }
        menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(menu, viewer); // contributions: Export Model… (io.medreason.ui.export)
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** The selected runs. */
    public List<RunState> selected() {
        List<RunState> runs = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            runs.add((RunState) o);
        }
        return runs;
    }

    /** Shows the selected runs in the Loss Chart view. */
    public void openChart() {
        try {
            LossChartView chart = (LossChartView) getSite().getPage().showView(LossChartView.ID);
            for (RunState run : selected()) {
                chart.show(run);
            }
        } catch (PartInitException e) {
            MedReasonUi.logError("Cannot open the Loss Chart view", e);
        }
    }

    private void resume() {
        for (RunState run : selected()) {
            try {
                DebugUITools.launch(RunLaunches.resume(run), ILaunchManager.RUN_MODE);
            } catch (CoreException e) {
                MedReasonUi.logError("Cannot resume " + run.folder(), e);
            }
        }
    }

    private void ask() {
        for (RunState run : selected()) {
            Object model = run.config().get("model");
            if (model != null) {
                AskConsoles.open(java.nio.file.Path.of(model.toString()), run.adapter().orElse(null));
            }
        }
    }

    private void reveal() {
        for (RunState run : selected()) {
            Program.launch(run.folder().toString());
        }
    }

    /** The table (for tests). */
    public TableViewer viewer() {
        return viewer;
    }

    @Override
    public void runsChanged() {
        queueRefresh(true);
    }

    @Override
    public void runUpdated(RunState run) {
        queueRefresh(false);
    }

    private void queueRefresh(boolean newInput) {
        if (!refreshQueued.compareAndSet(false, true) && !newInput) {
            return;
        }
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> display.timerExec(newInput ? 0 : 300, () -> {
            refreshQueued.set(false);
            if (!viewer.getControl().isDisposed()) {
                if (newInput) {
                    viewer.setInput(RunModel.getDefault().runs());
                } else {
                    viewer.refresh();
                }
            }
        }));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        RunModel.getDefault().removeListener(this);
        super.dispose();
    }
}

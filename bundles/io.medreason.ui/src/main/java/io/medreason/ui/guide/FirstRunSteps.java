package io.medreason.ui.guide;

import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.ui.chart.LossChartView;
import io.medreason.ui.chinese.ChineseConversionView;
import io.medreason.ui.compare.CompareView;
import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.runs.TrainingRunsView;
import io.medreason.ui.start.SampleProject;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.FileEditorInput;

/**
 * The click-to-perform steps of the cheat sheet "Distil your first model 蒸餾你的第一個模型", on the sample project
 * that File › New › MedReason Sample Project made: token statistics, converting a record, training, the chart, and
 * the fine-tuned model beside the base model. Each returns a problem in one line, or null when it was done.
 */
public final class FirstRunSteps {

    /** Sampling of the side-by-side step: short answers, so that the tiny model answers in seconds. */
    public static final List<String> SAMPLING = List.of("--max-new-tokens", "96");
    /** The Statistics page of the data set editor. */
    static final int STATISTICS_PAGE = 2;
    /** The editor's pages once the data set is loaded (Records, Record, Statistics). */
    private static final int LOADED_PAGES = 3;
    private static final String NO_SAMPLE = "Create the sample project first: File › New › MedReason Sample Project "
            + "(step 1 of the cheat sheet).";

    private FirstRunSteps() {
    }

    /** Opens the sample data set and shows its Statistics page (token counts per field, histograms). */
    public static String statistics(IWorkbenchPage page) {
        return withEditor(page, editor -> editor.showPage(STATISTICS_PAGE));
    }

    /** Opens the sample, selects its first record and shows it in the Chinese Conversion view. */
    public static String convertRecord(IWorkbenchPage page) {
        return withEditor(page, editor -> {
            try {
                // the view follows the active part's selection: make it visible, then select in the active editor
                page.showView(ChineseConversionView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            page.activate(editor);
            editor.showPage(0);
            editor.selectRecord(0);
        });
    }

    /** Launches the sample's LoRA Fine-tuning configuration and shows the Training Runs view. */
    public static String train(IWorkbenchPage page) {
        SampleProject sample = SampleProject.find().orElse(null);
        if (sample == null) {
            return NO_SAMPLE;
        }
        try {
            page.showView(TrainingRunsView.ID);
            DebugUITools.launch(sample.launchConfiguration(), ILaunchManager.RUN_MODE);
            return null;
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    /** Shows the sample run in the Loss Chart (it follows the run while it trains). */
    public static String chart(IWorkbenchPage page) {
        SampleProject sample = SampleProject.find().orElse(null);
        if (sample == null) {
            return NO_SAMPLE;
        }
        try {
            LossChartView view = (LossChartView) page.showView(LossChartView.ID);
            view.show(RunModel.getDefault().run(sample.location(SampleProject.RUN)));
            return null;
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    /** Opens Base vs Fine-tuned on the sample run's adapter. */
    public static String compare(IWorkbenchPage page) {
        SampleProject sample = SampleProject.find().orElse(null);
        if (sample == null) {
            return NO_SAMPLE;
        }
        RunState run = RunModel.getDefault().run(sample.location(SampleProject.RUN));
        Path adapter = run.adapter().orElse(null);
        if (adapter == null) {
            return "The sample run has no adapter yet: launch the training (step 4) and wait for its first "
                    + "checkpoint or its end.";
        }
        try {
            CompareView.open(sample.location(SampleProject.MODEL), adapter, SAMPLING);
            return null;
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    private static String withEditor(IWorkbenchPage page, Consumer<DatasetEditor> action) {
        SampleProject sample = SampleProject.find().orElse(null);
        if (sample == null) {
            return NO_SAMPLE;
        }
        try {
            DatasetEditor editor = (DatasetEditor) IDE.openEditor(page, new FileEditorInput(sample.dataFile()),
                    DatasetEditor.ID);
            whenLoaded(editor, action, 150);
            return null;
        } catch (PartInitException e) {
            return e.getMessage();
        }
    }

    /** Runs {@code action} once the editor has read the data set (it loads in a background job). */
    private static void whenLoaded(DatasetEditor editor, Consumer<DatasetEditor> action, int triesLeft) {
        if (editor.pages() >= LOADED_PAGES) {
            action.accept(editor);
        } else if (triesLeft > 0) {
            Display.getCurrent().timerExec(200, () -> whenLoaded(editor, action, triesLeft - 1));
        }
    }
}

package io.medreason.ui.tests.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.launching.TrainingAttributes;
import io.medreason.rcp.ModelEngineeringPerspective;
import io.medreason.ui.chart.LossChartView;
import io.medreason.ui.chinese.ChineseConversionView;
import io.medreason.ui.compare.CompareView;
import io.medreason.ui.dataset.DatasetEditor;
import io.medreason.ui.guide.FirstRunView;
import io.medreason.ui.guide.UserGuideView;
import io.medreason.ui.runs.TrainingRunsView;
import io.medreason.ui.start.SampleProject;
import io.medreason.ui.start.SampleProjectWizard;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.UiWait;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first hour, on the real workbench: an empty workspace whose Project Explorer links the sample
 * wizard → Help › Distil Your First Model → New › MedReason Sample Project (the real wizard dialog, Finish) → the data set editor
 * and its statistics → a record in the Chinese Conversion view → the sample's own launch configuration runs → the
 * Loss Chart grows while it trains → Base vs Fine-tuned answers in two columns. Screenshots of every step under
 * target/screenshots/walk-*.png.
 */
class FirstHourWalkTest {

    private static final String QUESTION = "醫生，我最近早上起床都會頭暈，這是中風的前兆嗎？";

    @Test
    void aNewcomerGoesFromAnEmptyWorkspaceToATrainedAdapterAndTwoAnswers() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        Shell shell = window.getShell();
        shell.setSize(1500, 950);
        emptyWorkspace();
        page.showView(ModelEngineeringPerspective.PROJECT_EXPLORER);
        Control explorer = ((org.eclipse.ui.part.ViewPart) page.findView(ModelEngineeringPerspective.PROJECT_EXPLORER))
                .getSite().getShell();
        UiWait.until("the empty Project Explorer's link to the sample wizard", 20_000,
                () -> !linksWith(explorer, "MedReason sample project").isEmpty());
        Screenshots.save(shell, "walk-01-empty-workspace");

        execute("io.medreason.ui.guide.openFirstRun", Map.of());
        FirstRunView guide = (FirstRunView) page.findView(FirstRunView.ID);
        assertEquals(6, guide.performLinks(), "six click-to-perform steps");
        Screenshots.save(shell, "walk-02-first-run-guide");

        SampleProject sample = finishSampleWizard(shell);
        IProject project = sample.project();
        assertTrue(project.getFile(SampleProject.MODEL + "/model.safetensors").exists());
        assertTrue(project.getFile(SampleProject.LAUNCH_FILE).exists(), "a shared .launch file in the project");
        ILaunchConfiguration launch = sample.launchConfiguration();
        assertTrue(launch.exists());
        assertEquals("160", TrainingAttributes.get(launch, "max-length"));
        assertEquals("cut", TrainingAttributes.get(launch, "truncation"));
        assertEquals(sample.location(SampleProject.MODEL).toString(), TrainingAttributes.get(launch, "model"));
        assertNull(TrainingAttributes.validate(launch), "the sample's configuration can be launched as it is");

        UiWait.until("the data set editor", 60_000, () -> page.getActiveEditor() instanceof DatasetEditor e
                && e.pages() >= 3);
        DatasetEditor editor = (DatasetEditor) page.getActiveEditor();
        assertEquals(49, editor.dataset().getRecords().size());
        Screenshots.save(shell, "walk-04-dataset-editor");

        guide.perform(1); // the guide's step 2: token statistics
        UiWait.until("the Statistics page", 60_000, () -> editor.statistics() != null);
        Screenshots.save(shell, "walk-05-token-statistics");

        guide.perform(2); // step 3: a record in the conversion view
        ChineseConversionView conversion = (ChineseConversionView) page.findView(ChineseConversionView.ID);
        UiWait.until("the first record converted", 60_000, () -> conversion != null
                && !conversion.convertedText().isBlank());
        String question = editor.dataset().getRecords().get(0).getQuestion();
        assertFalse(conversion.convertedText().equals(question), "s2twp changed the record's Simplified text");
        Screenshots.save(shell, "walk-06-conversion-view");

        guide.perform(3); // step 4: launch the training
        RunState run = RunModel.getDefault().run(sample.location(SampleProject.RUN));
        assertTrue(run.status() != RunStatus.FAILED, "a run that has not started is not failed: " + run.failure());
        UiWait.until("the first steps", 300_000, () -> run.stepCount() >= 5 || run.status() == RunStatus.FAILED);
        assertEquals(RunStatus.RUNNING, run.status(), "mid-run: " + run.failure());
        guide.perform(4); // step 5: the loss chart
        LossChartView chart = (LossChartView) page.findView(LossChartView.ID);
        UiWait.until("the chart's first points", 20_000,
                () -> points(chart, run) >= 5);
        int early = points(chart, run);
        TrainingRunsView runs = (TrainingRunsView) page.findView(TrainingRunsView.ID);
        UiWait.until("Training Runs to list the run as running", 20_000, () -> shownStatus(runs).contains("running"));
        Screenshots.save(shell, "walk-07-training-chart");
        UiWait.until("the sample run to finish", 600_000, () -> run.status() != RunStatus.RUNNING
                && run.summary() != null);
        assertEquals(RunStatus.FINISHED, run.status(), run.failure());
        // the chart adds the steps that arrived on its refresh timer: give it a few ticks after the summary
        UiWait.until("all 30 steps in the chart", 10_000,
                () -> points(chart, run) == 30);
        int last = points(chart, run);
        assertTrue(last > early, "the chart grew while the run trained: " + early + " -> " + last);
        assertTrue(Files.isRegularFile(sample.location(SampleProject.RUN).resolve("adapter_model.safetensors")));
        Screenshots.save(shell, "walk-08-training-finished");

        guide.perform(5); // step 6: ask the model, side by side
        CompareView compare = (CompareView) page.findView(CompareView.ID);
        var answers = compare.ask(QUESTION);
        UiWait.until("both answers", 300_000, answers::isDone);
        var both = answers.get();
        String[] columns = compare.columnTexts();
        for (int i = 0; i < 2; i++) {
            assertTrue(compare.headers()[i].contains("max new tokens 96"), compare.headers()[i]);
            // the values the child samples with (the tiny model has no generation_config.json: Qwen2.5's)
            assertTrue(compare.headers()[i].contains("temperature 0.7 · top-p 0.8 · top-k 20 · repetition penalty "
                    + "1.05 (Qwen2.5's defaults)"), compare.headers()[i]);
            String answer = both.get(i).text().strip();
            assertFalse(answer.isEmpty(), "answer " + i);
            assertTrue(columns[i].contains(QUESTION), columns[i]);
            int[] styled = compare.styledChars(i);
            assertTrue(styled[0] + styled[1] > 0, "the answer is shown highlighted or dimmed: " + columns[i]);
        }
        assertTrue(compare.headers()[0].contains("Fine-tuned") && compare.headers()[1].contains("Base model"));
        Screenshots.save(shell, "walk-09-base-vs-fine-tuned");

        execute("io.medreason.ui.guide.openUserGuide", Map.of());
        UserGuideView userGuide = (UserGuideView) page.findView(UserGuideView.ID);
        assertTrue(userGuide.text().contains("Qwen2.5-3B-Instruct") && userGuide.text().contains("T4"),
                userGuide.text());
        Screenshots.save(shell, "walk-10-user-guide");
    }

    /** The training-loss points the chart shows for {@code run} (earlier tests' runs may be shown too). */
    private static int points(LossChartView chart, RunState run) {
        var series = chart.chart().lossData();
        int i = series.getSeriesIndex(run.name() + " loss");
        return i < 0 ? 0 : series.getSeries(i).getItemCount();
    }

    /** The Status column of Training Runs' rows, as shown. */
    private static String shownStatus(TrainingRunsView view) {
        StringBuilder out = new StringBuilder();
        for (var item : view.viewer().getTable().getItems()) {
            out.append(item.getText(1)).append('\n');
        }
        return out.toString();
    }

    private static void emptyWorkspace() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            p.delete(true, true, null);
        }
        assertEquals(0, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
    }

    /** Opens the real wizard dialog, shows its page, presses Finish. */
    private static SampleProject finishSampleWizard(Shell shell) throws Exception {
        SampleProjectWizard wizard = new SampleProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Screenshots.save(dialog.getShell(), "walk-03-sample-wizard");
        Button finish = button(dialog.getShell(), "Finish");
        assertNotNull(finish, "the wizard's Finish button");
        assertTrue(finish.isEnabled(), "Finish is enabled with the default name");
        finish.notifyListeners(SWT.Selection, new Event());
        UiWait.until("the wizard to close", 120_000, () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        assertNotNull(wizard.created(), "the sample project was created");
        return wizard.created();
    }

    private static Button button(Composite parent, String text) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && b.getText().replace("&", "").startsWith(text)) {
                return b;
            }
            if (c instanceof Composite k) {
                Button found = button(k, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> linksWith(Control control, String text) {
        List<String> found = new ArrayList<>();
        collect(control, text, found);
        return found;
    }

    private static void collect(Control control, String text, List<String> found) {
        String shown = textOf(control);
        if (control.isVisible() && shown != null && shown.contains(text)) {
            found.add(shown);
        }
        if (control instanceof Composite c) {
            for (Control child : c.getChildren()) {
                collect(child, text, found);
            }
        }
    }

    /** The text of a Link, Label or the forms hyperlinks the empty Project Explorer shows (no compile dependency). */
    private static String textOf(Control control) {
        if (control instanceof Link l) {
            return l.getText();
        }
        try {
            Object text = control.getClass().getMethod("getText").invoke(control);
            return text instanceof String s ? s : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static void execute(String commandId, Map<String, String> parameters) throws Exception {
        var commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        var handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                parameters);
        handlers.executeCommand(command, null);
    }
}

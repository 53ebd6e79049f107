package io.medreason.ui.compare;

import io.medreason.launching.AskSession;
import io.medreason.ui.MedReasonUi;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * <em>Base vs Fine-tuned 原始與微調</em>: one question, two columns that stream at the same time — the fine-tuned
 * model (base + adapter) on the left, the base model on the right, each in its own {@code ask} child JVM, the
 * sampling settings above each column, the reasoning dimmed and the final answer highlighted. Opened by the Ask
 * console's <em>Compare with Base Model</em>, the Training Runs view and the first-run cheat sheet.
 */
public final class CompareView extends ViewPart {

    public static final String ID = "io.medreason.ui.compare.CompareView";

    private Label models;
    private Text question;
    private Button ask;
    private AnswerColumn tunedColumn;
    private AnswerColumn baseColumn;
    private SideBySide pair;
    private List<String> sampling = List.of();

    /** Shows the view for {@code model} with {@code adapter} against {@code model} alone. */
    public static CompareView open(Path model, Path adapter, List<String> sampling) throws PartInitException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        CompareView view = (CompareView) page.showView(ID);
        view.bind(model, adapter, sampling);
        return view;
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        models = new Label(parent, SWT.WRAP);
        models.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        models.setText("Open from the Ask the Model console (Compare with Base Model) or the Training Runs view.");
        new Label(parent, SWT.NONE).setText("Question 問題:");
        question = new Text(parent, SWT.BORDER);
        question.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        question.addListener(SWT.DefaultSelection, e -> askTyped());
        ask = new Button(parent, SWT.PUSH);
        ask.setText("Ask Both 兩邊同時問");
        ask.addListener(SWT.Selection, e -> askTyped());
        ask.setEnabled(false);
        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        columns.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        tunedColumn = new AnswerColumn(columns);
        baseColumn = new AnswerColumn(columns);
        getViewSite().getActionBars().getToolBarManager().add(new org.eclipse.jface.action.Action("Stop") {
            @Override
            public void run() {
                if (pair != null) {
                    pair.stop();
                }
            }
        });
    }

    /** Binds the view to a model and adapter (closing the children of an earlier pair). */
    public void bind(Path model, Path adapter, List<String> samplingFlags) {
        if (pair != null) {
            pair.close();
        }
        sampling = List.copyOf(samplingFlags);
        pair = new SideBySide(model, adapter, sampling);
        String settings = SamplingText.describe(sampling, model);
        models.setText("Base model 原始模型: " + model + "\nAdapter 轉接器: " + adapter);
        tunedColumn.setHeader("Fine-tuned 微調後 — " + model.getFileName() + " + " + adapter.getFileName(), settings);
        baseColumn.setHeader("Base model 原始模型 — " + model.getFileName(), settings);
        ask.setEnabled(true);
        models.getParent().layout(true, true);
    }

    private void askTyped() {
        if (!question.getText().isBlank()) {
            ask(question.getText().strip());
        }
    }

    /** Asks both models {@code q}; completes with the two answers (fine-tuned first) when both have ended. */
    public CompletableFuture<List<AskSession.Answer>> ask(String q) {
        question.setText(q);
        tunedColumn.clear(q);
        baseColumn.clear(q);
        ask.setEnabled(false);
        Display display = question.getDisplay();
        CompletableFuture<List<AskSession.Answer>> answers = pair.ask(q, toUi(display, tunedColumn),
                toUi(display, baseColumn));
        answers.whenComplete((both, error) -> display.asyncExec(() -> {
            if (question.isDisposed()) {
                return;
            }
            tunedColumn.finish(note(both == null ? null : both.get(0), error));
            baseColumn.finish(note(both == null ? null : both.get(1), error));
            ask.setEnabled(true);
            if (error != null) {
                MedReasonUi.logError("Base vs Fine-tuned: the question failed", error);
            }
        }));
        return answers;
    }

    private static String note(AskSession.Answer answer, Throwable error) {
        if (error != null) {
            return "failed: " + error.getMessage();
        }
        return answer.stopped() ? "■ stopped 已停止" : null;
    }

    private static Consumer<String> toUi(Display display, AnswerColumn column) {
        return piece -> display.asyncExec(() -> {
            if (!column.text().isDisposed()) {
                column.feed(piece);
            }
        });
    }

    /** The fine-tuned column's and the base column's texts (for tests). */
    public String[] columnTexts() {
        return new String[] {tunedColumn.text().getText(), baseColumn.text().getText()};
    }

    /** The two columns' titles and sampling lines (for tests). */
    public String[] headers() {
        return new String[] {tunedColumn.title() + "\n" + tunedColumn.samplingLine(),
            baseColumn.title() + "\n" + baseColumn.samplingLine()};
    }

    /** The highlighted and dimmed ranges of a column: [bold-highlighted chars, dimmed chars] (for tests). */
    public int[] styledChars(int column) {
        AnswerColumn c = column == 0 ? tunedColumn : baseColumn;
        int highlighted = 0;
        int dimmed = 0;
        for (var r : c.text().getStyleRanges()) {
            if (r.background != null) {
                highlighted += r.length;
            } else if (r.foreground != null) {
                dimmed += r.length;
            }
        }
        return new int[] {highlighted, dimmed};
    }

    @Override
    public void setFocus() {
        question.setFocus();
    }

    @Override
    public void dispose() {
        if (pair != null) {
            pair.close();
        }
        super.dispose();
    }
}

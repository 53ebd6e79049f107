package io.medreason.ui.tests.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.medreason.ui.export.ExportModelDialog;

/**
 * Answers a modal dialog that will open later (from a menu item, or from a job's report): a timer polls the display's
 * shells for one whose title starts with {@code title} and hands it to {@code answer} once, inside the dialog's own
 * event loop, as a user at the screen would.
 */
final class DialogWatch {

    private final String title;
    private final Consumer<Shell> answer;
    private volatile boolean answered;
    private volatile RuntimeException error;

    private DialogWatch(String title, Consumer<Shell> answer) {
        this.title = title;
        this.answer = answer;
    }

    /** Starts polling for the dialog (until it is answered). */
    static DialogWatch start(String title, Consumer<Shell> answer) {
        DialogWatch w = new DialogWatch(title, answer);
        Display.getCurrent().timerExec(100, w::poll);
        return w;
    }

    private void poll() {
        Display display = Display.getCurrent();
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getText().startsWith(title)) {
                answered = true;
                try {
                    answer.accept(shell);
                } catch (RuntimeException | AssertionError e) {
                    error = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    shell.close();
                }
                return;
            }
        }
        display.timerExec(100, this::poll);
    }

    boolean answered() {
        if (error != null) {
            throw error;
        }
        return answered;
    }

    /** The control of {@code type} whose {@link ExportModelDialog#ID_KEY} data is {@code id}. */
    static <T extends Control> T byId(Control c, Class<T> type, String id) {
        if (type.isInstance(c) && id.equals(c.getData(ExportModelDialog.ID_KEY))) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = byId(child, type, id);
                if (found != null) {
                    return found;
                }
            }
        }
        if (c instanceof Shell) {
            throw new AssertionError("no " + type.getSimpleName() + " " + id + " in " + ((Shell) c).getText());
        }
        return null;
    }

    static void check(Shell shell, String id, boolean on) {
        Button b = byId(shell, Button.class, id);
        b.setSelection(on);
        b.notifyListeners(SWT.Selection, new Event());
    }

    static void choose(Shell shell, String id, String item) {
        Combo c = byId(shell, Combo.class, id);
        c.select(c.indexOf(item));
        c.notifyListeners(SWT.Selection, new Event());
    }

    static void type(Shell shell, String id, String text) {
        byId(shell, Text.class, id).setText(text);
    }

    /** Presses the dialog button with JFace id {@code buttonId} (e.g. {@code IDialogConstants.OK_ID}), if enabled. */
    static void press(Shell shell, int buttonId) {
        Button b = button(shell, buttonId);
        if (b == null || !b.isEnabled()) {
            throw new AssertionError("button " + buttonId + " is missing or disabled in " + shell.getText() + ": "
                    + texts(shell));
        }
        b.notifyListeners(SWT.Selection, new Event());
    }

    private static Button button(Control c, int id) {
        if (c instanceof Button b && Integer.valueOf(id).equals(b.getData())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = button(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The texts of a shell's labels and text fields, in widget order. */
    static List<String> texts(Control c) {
        List<String> out = new ArrayList<>();
        if (c instanceof Label l && !l.getText().isEmpty()) {
            out.add(l.getText());
        } else if (c instanceof Text t && !t.getText().isEmpty()) {
            out.add(t.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                out.addAll(texts(child));
            }
        }
        return out;
    }

    /** The item of {@code menu} (after a Show event, as when it opens) whose text starts with {@code text}. */
    static MenuItem item(Menu menu, String text) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String t = item.getText().replace("&", "");
            seen.add(t);
            if (t.startsWith(text)) {
                return item;
            }
        }
        throw new AssertionError("no menu item " + text + " in " + seen);
    }
}

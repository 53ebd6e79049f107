package io.medreason.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers the modal dialog that an action opens: reads its title and texts, saves a screenshot, then closes it or
 * presses one of its buttons.
 */
public final class ModalDialogs {

    /** What the dialog showed: its title and the texts of its labels and text fields, in widget order. */
    public record Seen(String title, List<String> texts) {

        public String message() {
            return String.join("\n", texts);
        }
    }

    private ModalDialogs() {
    }

    /**
     * Runs {@code action} on the UI thread; the first new shell that becomes visible within 20 s is read, saved as
     * {@code screenshot}.png (unless null) and closed (a dialog's Cancel). Returns null when none opened.
     */
    public static Seen closeFirst(Runnable action, String screenshot) {
        return onFirstDialog(action, shell -> {
            Seen seen = read(shell, screenshot);
            shell.close();
            return seen;
        });
    }

    /**
     * Runs {@code action} on the UI thread; the first new shell that becomes visible within 20 s is read, saved as
     * {@code screenshot}.png (unless null) and answered with the button labelled {@code button}. Returns null when
     * none opened.
     */
    public static Seen answer(Runnable action, String button, String screenshot) {
        return onFirstDialog(action, shell -> {
            Seen seen = read(shell, screenshot);
            press(shell, button, seen);
            return seen;
        });
    }

    /** Runs {@code action}; {@code handle} gets the first new visible shell within 20 s. Null when none opened. */
    private static Seen onFirstDialog(Runnable action, Function<Shell, Seen> handle) {
        Display display = Display.getCurrent();
        Set<Shell> before = Set.of(display.getShells());
        long end = System.currentTimeMillis() + 20_000;
        Seen[] seen = new Seen[1];
        boolean[] done = new boolean[1];
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                if (done[0] || seen[0] != null) {
                    return;
                }
                for (Shell shell : display.getShells()) {
                    if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
                        seen[0] = handle.apply(shell);
                        return;
                    }
                }
                if (System.currentTimeMillis() < end) {
                    display.timerExec(50, this);
                }
            }
        };
        display.timerExec(50, poll);
        try {
            action.run();
        } finally {
            done[0] = true;
        }
        return seen[0];
    }

    private static void press(Shell dialog, String label, Seen seen) {
        List<Button> buttons = new ArrayList<>();
        buttons(dialog, buttons);
        Button chosen = buttons.stream().filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + seen));
        chosen.notifyListeners(SWT.Selection, new Event());
    }

    private static void buttons(Control control, List<Button> buttons) {
        if (control instanceof Button button) {
            buttons.add(button);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                buttons(child, buttons);
            }
        }
    }

    private static Seen read(Shell shell, String screenshot) {
        if (screenshot != null) {
            try {
                Screenshots.save(shell, screenshot);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> texts = new ArrayList<>();
        collect(shell, texts);
        return new Seen(shell.getText(), texts);
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Label label && !label.getText().isEmpty()) {
            texts.add(label.getText());
        } else if (control instanceof Text text && !text.getText().isEmpty()) {
            texts.add(text.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}

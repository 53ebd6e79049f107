package io.medreason.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds, failing with a message after a timeout. */
public final class UiWait {

    private UiWait() {
    }

    public static void until(String what, long timeoutMillis, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }
}

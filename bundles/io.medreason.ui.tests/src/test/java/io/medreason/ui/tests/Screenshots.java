package io.medreason.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves PNG screenshots of real shells under {@code target/screenshots/} (system property {@code medreason.screenshots}). */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path directory() throws IOException {
        Path dir = Path.of(System.getProperty("medreason.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        return dir;
    }

    /** Processes pending events, then copies the shell's area of the screen into {@code name}.png. */
    public static Path save(Shell shell, String name) throws IOException {
        Display display = shell.getDisplay();
        settle(300);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            Path file = directory().resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Runs the event loop for about {@code millis} milliseconds so that layouts and repaints finish. */
    public static void settle(long millis) {
        long end = System.currentTimeMillis() + millis;
        UiWait.until("the display to settle", millis + 60_000, () -> System.currentTimeMillis() >= end);
    }
}

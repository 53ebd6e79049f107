package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Display;
import io.medreason.ui.tests.WorkspaceFiles;

/** Helpers of the runs tests: waiting while the event loop runs, the repository's files, a workspace project. */
final class Ui {

    private Ui() {
    }

    /** Runs the event loop until {@code done} holds; fails after {@code seconds} with {@code what} and the state. */
    static void waitFor(String what, int seconds, BooleanSupplier done, Supplier<String> state) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out after " + seconds + " s waiting for " + what + "; state: " + state.get());
            }
            if (display == null) {
                sleep(50);
            } else if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The repository root (the tests run in bundles/io.medreason.ui.tests). */
    static Path repo() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("models/tiny-qwen2"))) {
                return p;
            }
        }
        throw new IllegalStateException("no models/tiny-qwen2 above " + here);
    }

    /** The tiny Qwen2 model shipped with the project. */
    static Path tinyModel() {
        return repo().resolve("models/tiny-qwen2");
    }

    /** The sample data set shipped with the project (medical-o1 records in Simplified Chinese). */
    static Path sampleData() {
        return repo().resolve("samples/medical-o1-zh-sample.json");
    }

    /** A fresh folder inside an open workspace project {@code runs-tests}. */
    static Path runFolder(String name) throws CoreException, IOException {
        IProject project = WorkspaceFiles.project("runs-tests");
        Path dir = Path.of(project.getLocationURI()).resolve("runs").resolve(name + "-" + System.nanoTime());
        Files.createDirectories(dir.getParent());
        return dir;
    }
}

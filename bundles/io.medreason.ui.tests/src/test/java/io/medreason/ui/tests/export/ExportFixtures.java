package io.medreason.ui.tests.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.widgets.Display;

import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;
import io.medreason.ui.export.EngineExportJob;
import io.medreason.ui.tests.WorkspaceFiles;

/** The tiny model, the sample data, a short launch of them, and waiting with the event loop running. */
final class ExportFixtures {

    private ExportFixtures() {
    }

    /** The repository root (the tests run in bundles/io.medreason.ui.tests). */
    static Path repo() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("models/tiny-qwen2"))) {
                return p;
            }
        }
        throw new IllegalStateException("no models/tiny-qwen2 above " + Path.of("").toAbsolutePath());
    }

    static Path tinyModel() {
        return repo().resolve("models/tiny-qwen2");
    }

    /** A fresh, not yet existing path inside the workspace project {@code export-tests}. */
    static Path fresh(String name) throws CoreException, IOException {
        Path project = Path.of(WorkspaceFiles.project("export-tests").getLocationURI());
        Path dir = project.resolve(name + "-" + System.nanoTime());
        Files.createDirectories(dir.getParent());
        return dir;
    }

    /** A LoRA Fine-tuning launch of the tiny model on the sample data: a few short steps, 10% held out. */
    static ILaunchConfigurationWorkingCopy tinyLaunch(String name, Path output, int steps) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(TrainingLaunch.TYPE_ID).newInstance(null,
                m.generateLaunchConfigurationName(name));
        TrainingAttributes.setDefaults(wc);
        Map<String, String> v = Map.of("model", tinyModel().toString(),
                "data", repo().resolve("samples/medical-o1-zh-sample.json").toString(), "output", output.toString(),
                "steps", Integer.toString(steps), "batch-size", "1", "grad-accum", "2", "max-length", "160",
                "lora-r", "4", "lora-alpha", "8", "eval-fraction", "0.1");
        v.forEach((k, value) -> wc.setAttribute(TrainingAttributes.key(k), value));
        wc.setAttribute(TrainingAttributes.key("truncation"), "cut"); // the sample's records exceed 160 tokens
        wc.setAttribute(TrainingAttributes.key("checkpoint-every"), "0");
        wc.setAttribute(TrainingAttributes.HEAP, "1g");
        return wc;
    }

    /** Runs the event loop until {@code done} holds; fails after {@code seconds} naming {@code what} and the state. */
    static void waitFor(String what, int seconds, BooleanSupplier done, Supplier<String> state) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what + "; state: "
                        + state.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    /** Records the results of export jobs (their messages, for failures) from now on. */
    static List<String> exportResults() {
        List<String> results = Collections.synchronizedList(new ArrayList<>());
        Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob() instanceof EngineExportJob) {
                    IStatus s = event.getResult();
                    results.add(s.getSeverity() + " " + s.getMessage());
                }
            }
        });
        return results;
    }

    /** Whether no export job is waiting or running. */
    static boolean noExportRunning() {
        return Job.getJobManager().find(EngineExportJob.FAMILY).length == 0;
    }
}

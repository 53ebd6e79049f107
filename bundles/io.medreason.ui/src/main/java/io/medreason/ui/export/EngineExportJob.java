package io.medreason.ui.export;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.medreason.launching.EngineStep;
import io.medreason.launching.EngineTask;
import io.medreason.launching.ExportPlan;
import io.medreason.launching.WrittenFiles;
import io.medreason.ui.MedReasonUi;

/**
 * Runs an {@link ExportPlan} in the background: each step is an engine subcommand in a child JVM (as training runs:
 * DJL stays out of the workbench, and a big merge cannot exhaust its heap); the progress shows the step and the
 * child's last line, Cancel kills the child. On success the written files are listed ({@link #written()}).
 */
public final class EngineExportJob extends Job {

    /** The family of every export job (for {@code IJobManager.find}). */
    public static final Object FAMILY = EngineExportJob.class;

    /** The heap of the export children: merging and GGUF writing stream their tensors in blocks. */
    static final String HEAP = "4g";

    private final ExportPlan plan;
    private volatile List<String> written = List.of();

    public EngineExportJob(ExportPlan plan) {
        super(plan.title());
        this.plan = plan;
        setUser(true);
    }

    /** The plan this job runs. */
    public ExportPlan plan() {
        return plan;
    }

    /** The files written ({@code path (size)}), once the job succeeded. */
    public List<String> written() {
        return written;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<EngineStep> steps = plan.steps();
            SubMonitor progress = SubMonitor.convert(monitor, plan.title(), steps.size());
            for (EngineStep step : steps) {
                IStatus status = runStep(step, progress.split(1));
                if (!status.isOK()) {
                    return status;
                }
            }
            written = WrittenFiles.describe(plan.folder().toAbsolutePath(), plan.outputs());
            refreshWorkspace();
            return Status.OK_STATUS;
        } catch (IOException e) {
            return Status.error(plan.title() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            plan.finish();
        }
    }

    private static IStatus runStep(EngineStep step, SubMonitor monitor) throws IOException, InterruptedException {
        monitor.subTask(step.title());
        EngineTask.Result r = EngineTask.of(HEAP, step).run(line -> monitor.subTask(step.title() + ": " + line),
                monitor::isCanceled);
        if (r.cancelled()) {
            return Status.CANCEL_STATUS;
        }
        if (!r.ok()) {
            return Status.error(step.commandLine() + " failed (exit status " + r.exit() + "): " + r.lastLines());
        }
        return Status.OK_STATUS;
    }

    private void refreshWorkspace() {
        try {
            for (var out : plan.outputs()) {
                var parent = out.toAbsolutePath().getParent();
                for (IContainer c : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(
                        parent.toUri())) {
                    c.refreshLocal(IResource.DEPTH_INFINITE, null);
                }
            }
        } catch (IOException | CoreException e) {
            MedReasonUi.logError("cannot refresh the exported files in the workspace", e);
        }
    }
}

package io.medreason.ui.export;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import io.medreason.launching.ExportPlan;

/** Schedules an export and, when it has succeeded, tells the user which files it wrote and what to do next. */
public final class ExportReport {

    /** The title of the report. */
    public static final String TITLE = "Export finished 匯出完成";

    private ExportReport() {
    }

    /** Schedules {@code plan} as an {@link EngineExportJob}; failures go through the job framework's error dialog. */
    public static EngineExportJob schedule(ExportPlan plan, Display display) {
        EngineExportJob job = new EngineExportJob(plan);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), TITLE,
                            message(job).replace("&", "&&"))); // a Label: & would be a mnemonic
                }
            }
        });
        job.schedule();
        return job;
    }

    static String message(EngineExportJob job) {
        StringBuilder sb = new StringBuilder(job.plan().title().replaceFirst("^Exporting", "Exported"))
                .append(": ").append(job.written().size()).append(" files written in ").append(job.plan().folder())
                .append('\n');
        job.written().forEach(line -> sb.append("  ").append(line).append('\n'));
        String next = job.plan().nextStep();
        return next == null ? sb.toString().strip() : sb.append('\n').append(next).toString();
    }
}

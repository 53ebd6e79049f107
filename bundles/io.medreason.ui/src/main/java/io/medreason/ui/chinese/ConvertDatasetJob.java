package io.medreason.ui.chinese;

import java.util.LinkedHashSet;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.DatasetConverter;
import io.medreason.ui.MedReasonUi;

/** Converts a data set file in the background with progress and cancel; the output is written atomically. */
public final class ConvertDatasetJob extends Job {

    private final ConvertDatasetRequest request;
    private final Consumer<DatasetConverter.Summary> onDone;
    private volatile DatasetConverter.Summary summary;

    public ConvertDatasetJob(ConvertDatasetRequest request, Consumer<DatasetConverter.Summary> onDone) {
        super("Converting " + request.input().getFileName() + " to Traditional Chinese (" + request.profile() + ")");
        this.request = request;
        this.onDone = onDone;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long size = request.input().toFile().length();
        SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, Math.max(1, size / 1024)));
        DatasetConverter converter = new DatasetConverter(ChineseConverter.of(request.profile()),
                new LinkedHashSet<>(request.fields()));
        try {
            summary = converter.convertFile(request.input(), request.output(), new Progress(progress));
        } catch (CancellationException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, MedReasonUi.PLUGIN_ID, request.input().getFileName() + ": "
                    + e.getMessage() + " — " + request.output().getFileName() + " was not written", e);
        }
        refreshWorkspace();
        onDone.accept(summary);
        return Status.OK_STATUS;
    }

    /** The summary of a finished conversion, or null. */
    public DatasetConverter.Summary summary() {
        return summary;
    }

    private void refreshWorkspace() {
        for (var file : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(request.output().toUri())) {
            try {
                file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (Exception e) {
                MedReasonUi.logError("cannot refresh " + file, e);
            }
        }
    }

    private static final class Progress implements DatasetConverter.Progress {
        private final SubMonitor monitor;
        private long reportedKb;

        Progress(SubMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void worked(long records, long bytesRead) {
            long kb = bytesRead / 1024;
            monitor.worked((int) (kb - reportedKb));
            reportedKb = kb;
            monitor.subTask(String.format("%,d records", records));
        }

        @Override
        public boolean cancelled() {
            return monitor.isCanceled();
        }
    }
}

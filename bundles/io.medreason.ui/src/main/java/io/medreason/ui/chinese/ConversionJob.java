package io.medreason.ui.chinese;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.Conversion;

/**
 * Converts one text off the UI thread. A newer request replaces an older one that has not started; a result that
 * arrives after a newer request was made is dropped, so the view always shows the conversion of its latest text.
 */
final class ConversionJob extends Job {

    private final Consumer<Conversion> onDone;
    private volatile String text = "";
    private volatile String profile = "s2twp";
    private volatile long generation;

    ConversionJob(Consumer<Conversion> onDone) {
        super("Converting to Traditional Chinese");
        this.onDone = onDone;
        setSystem(true);
    }

    /** Asks for a conversion of {@code newText} after {@code delayMillis} (debounce while typing). */
    void request(String newText, String newProfile, long delayMillis) {
        text = newText;
        profile = newProfile;
        generation++;
        cancel();
        schedule(delayMillis);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        long mine = generation;
        Conversion conversion = ChineseConverter.of(profile).convertWithChanges(text);
        if (mine == generation && !monitor.isCanceled()) {
            onDone.accept(conversion);
        }
        return Status.OK_STATUS;
    }
}

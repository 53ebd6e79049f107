package io.medreason.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;

/** The UI bundle's activator: its id, its log, its image registry. */
public final class MedReasonUi extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "io.medreason.ui";

    private static MedReasonUi instance;

    public MedReasonUi() {
        instance = this;
    }

    public static MedReasonUi getDefault() {
        return instance;
    }

    public static void logError(String message, Throwable error) {
        ILog.of(MedReasonUi.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
    }
}

package io.medreason.launching;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * Tells a Terminate that comes from the platform shutting down (the debug plug-in terminates every launch when it
 * stops) from one the user asked for: during shutdown the debug plug-in, or the framework itself, is stopping.
 */
final class WorkbenchShutdown {

    private static final String DEBUG_CORE = "org.eclipse.debug.core";

    private WorkbenchShutdown() {
    }

    /** True while the platform is shutting down. */
    static boolean underway() {
        return stopping(Platform.getBundle(DEBUG_CORE)) || stopping(Platform.getBundle("system.bundle"));
    }

    private static boolean stopping(Bundle bundle) {
        return bundle != null && bundle.getState() == Bundle.STOPPING;
    }
}

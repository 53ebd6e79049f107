package io.medreason.launching;


import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/** Launch configurations of existing runs: the one that wrote a run folder, or one rebuilt from its config JSON. */
public final class RunLaunches {

    private RunLaunches() {
    }

    /** The saved configuration whose run folder is {@code run}'s, or null. */
    public static ILaunchConfiguration find(RunState run) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID);
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            String out = TrainingAttributes.get(c, "output").strip();
            if (!out.isEmpty() && Path.of(out).toAbsolutePath().normalize().equals(run.folder())) {
                return c;
            }
        }
        return null;
    }

    /**
     * A configuration that continues {@code run} from its newest checkpoint: its own configuration (or one rebuilt
     * from the folder's config JSON) with {@code resume} on. Not saved.
     */
    public static ILaunchConfigurationWorkingCopy resume(RunState run) throws CoreException {
        ILaunchConfiguration existing = find(run);
        ILaunchConfigurationWorkingCopy wc;
        if (existing != null) {
            wc = existing.getWorkingCopy();
        } else {
            ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
            wc = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID).newInstance(null,
                    manager.generateLaunchConfigurationName(run.name()));
            TrainingAttributes.setDefaults(wc);
            run.typedConfig().ifPresent(config -> TrainingAttributes.set(wc, config));
            wc.setAttribute(TrainingAttributes.key("output"), run.folder().toString());
        }
        wc.setAttribute(TrainingAttributes.key("resume"), true);
        return wc;
    }
}

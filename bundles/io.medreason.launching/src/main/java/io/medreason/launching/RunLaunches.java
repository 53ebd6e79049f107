package io.medreason.launching;

import io.medreason.core.run.TrainingConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
            for (Map.Entry<String, Object> e : run.config().entrySet()) {
                String key = e.getKey();
                Object v = e.getValue();
                if (TrainingConfig.SWITCHES.contains(key)) {
                    wc.setAttribute(TrainingAttributes.key(key), Boolean.TRUE.equals(v));
                } else if (TrainingAttributes.DEFAULTS.containsKey(key) && v != null) {
                    wc.setAttribute(TrainingAttributes.key(key), v instanceof List<?> l
                            ? String.join(",", l.stream().map(String::valueOf).toList()) : plain(v));
                }
            }
            wc.setAttribute(TrainingAttributes.key("output"), run.folder().toString());
        }
        wc.setAttribute(TrainingAttributes.key("resume"), true);
        return wc;
    }

    private static String plain(Object v) {
        return v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                : String.valueOf(v);
    }
}

package io.medreason.ui.start;

import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The sample project's LoRA Fine-tuning launch configuration, saved as a shared {@code .launch} file in the project:
 * the settings of {@code medreason demo} (30 steps of batch 2 on records cut to 160 tokens, LoRA r 16, a held-out
 * 15% evaluated every 10 steps, on the CPU), about a minute on a 2-core machine.
 */
final class SampleLaunch {

    /** Heap of the child JVM: the tiny model needs little. */
    static final String HEAP = "2g";

    private SampleLaunch() {
    }

    /** The sample's settings beside the model, data and run folder: {@code train} flag → value. */
    static Map<String, String> settings() {
        Map<String, String> s = new LinkedHashMap<>();
        String[] pairs = {"steps", "30", "batch-size", "2", "grad-accum", "1", "max-length", "160",
            "truncation", "cut", "lr", "0.02", "warmup-steps", "3", "lora-r", "16", "lora-alpha", "32",
            "eval-fraction", "0.15", "eval-every", "10", "checkpoint-every", "10", "device", "cpu", "seed", "3407"};
        for (int i = 0; i < pairs.length; i += 2) {
            s.put(pairs[i], pairs[i + 1]);
        }
        return s;
    }

    /** Creates (or replaces) the shared configuration {@value SampleProject#LAUNCH_FILE} in {@code project}. */
    static ILaunchConfiguration create(IProject project, Path model, Path data, Path run) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID)
                .newInstance(project, SampleProject.LAUNCH_NAME);
        TrainingAttributes.setDefaults(wc);
        wc.setAttribute(TrainingAttributes.key("model"), model.toString());
        wc.setAttribute(TrainingAttributes.key("data"), data.toString());
        wc.setAttribute(TrainingAttributes.key("output"), run.toString());
        settings().forEach((flag, value) -> wc.setAttribute(TrainingAttributes.key(flag), value));
        wc.setAttribute(TrainingAttributes.HEAP, HEAP);
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] {project.getFile(SampleProject.DATA)});
        return wc.doSave();
    }

    /** The configuration stored in {@code file}. */
    static ILaunchConfiguration of(IFile file) {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(file);
    }
}

package io.medreason.ui.start;

import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
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

    /** The sample's settings beside the model, data and run folder. */
    static Map<TrainingOption, Object> settings() {
        Map<TrainingOption, Object> s = new EnumMap<>(TrainingOption.class);
        s.put(TrainingOption.STEPS, 30);
        s.put(TrainingOption.BATCH_SIZE, 2);
        s.put(TrainingOption.GRAD_ACCUM, 1);
        s.put(TrainingOption.MAX_LENGTH, 160);
        s.put(TrainingOption.TRUNCATION, "cut");
        s.put(TrainingOption.LR, 0.02);
        s.put(TrainingOption.WARMUP_STEPS, 3);
        s.put(TrainingOption.LORA_R, 16);
        s.put(TrainingOption.LORA_ALPHA, 32.0);
        s.put(TrainingOption.EVAL_FRACTION, 0.15);
        s.put(TrainingOption.EVAL_EVERY, 10);
        s.put(TrainingOption.CHECKPOINT_EVERY, 10);
        s.put(TrainingOption.DEVICE, "cpu");
        s.put(TrainingOption.SEED, 3407L);
        return s;
    }

    /** The sample's typed configuration for these folders. */
    static TrainingConfig config(Path model, Path data, Path run) {
        TrainingConfig.Builder b = TrainingConfig.builder().set(TrainingOption.MODEL, model)
                .set(TrainingOption.DATA, data).set(TrainingOption.OUTPUT, run);
        settings().forEach(b::set);
        return b.build();
    }

    /** Creates (or replaces) the shared configuration {@value SampleProject#LAUNCH_FILE} in {@code project}. */
    static ILaunchConfiguration create(IProject project, Path model, Path data, Path run) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID)
                .newInstance(project, SampleProject.LAUNCH_NAME);
        TrainingAttributes.setDefaults(wc);
        TrainingAttributes.set(wc, config(model, data, run));
        wc.setAttribute(TrainingAttributes.HEAP, HEAP);
        wc.setMappedResources(new IResource[] {project.getFile(SampleProject.DATA)});
        return wc.doSave();
    }

    /** The configuration stored in {@code file}. */
    static ILaunchConfiguration of(IFile file) {
        return DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(file);
    }
}

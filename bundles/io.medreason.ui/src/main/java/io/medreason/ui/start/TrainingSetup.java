package io.medreason.ui.start;

import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.launching.HardwareEstimate;
import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * What File › New › LoRA Fine-tuning Configuration creates: a shared launch configuration in a project with the
 * reference recipe's defaults for the chosen model, data set and hardware, and (optionally) the model folder linked
 * into the project without copying it.
 */
final class TrainingSetup {

    /** The hardware a configuration is planned for: its device and precision, and the memory it has. */
    enum Hardware {
        T4("NVIDIA T4, 15 GB (fp16, gradient checkpointing: the recipe)", "gpu", "fp16", true),
        GPU_24("NVIDIA GPU with 24 GB (fp16)", "gpu", "fp16", false),
        CPU("This computer's CPU (fp32)", "cpu", "fp32", false);

        final String label;
        final String device;
        final String precision;
        final boolean checkpointing;

        Hardware(String label, String device, String precision, boolean checkpointing) {
            this.label = label;
            this.device = device;
            this.precision = precision;
            this.checkpointing = checkpointing;
        }

        /** The memory a run may use on it: the GPU's memory, or this machine's physical memory. */
        long bytes() {
            return switch (this) {
                case T4 -> HardwareEstimate.T4_BYTES;
                case GPU_24 -> 24L << 30;
                case CPU -> ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize();
            };
        }
    }

    private TrainingSetup() {
    }

    /** An unsaved configuration named {@code name} in {@code project}: the recipe's defaults for {@code hardware}. */
    static ILaunchConfigurationWorkingCopy draft(IProject project, String name, Path model, Path data,
            Hardware hardware) throws CoreException {
        ILaunchConfigurationWorkingCopy wc = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(TrainingLaunch.TYPE_ID).newInstance(project, name);
        TrainingAttributes.setDefaults(wc);
        TrainingAttributes.set(wc, config(project, name, model, data, hardware));
        return wc;
    }

    /** The typed configuration: model, data, {@code runs/<name>} in the project, and the hardware's settings. */
    static TrainingConfig config(IProject project, String name, Path model, Path data, Hardware hardware) {
        IPath run = project.getLocation().append("runs").append(name.replaceAll("[^\\w.-]+", "-"));
        return TrainingConfig.builder().set(TrainingOption.MODEL, model).set(TrainingOption.DATA, data)
                .set(TrainingOption.OUTPUT, run.toOSString()).set(TrainingOption.DEVICE, hardware.device)
                .set(TrainingOption.PRECISION, hardware.precision)
                .set(TrainingOption.GRADIENT_CHECKPOINTING, hardware.checkpointing).build();
    }

    /** The memory estimate of {@code draft} on {@code hardware}; null when the model folder cannot be read. */
    static HardwareEstimate estimate(ILaunchConfiguration draft, Hardware hardware) throws CoreException {
        return HardwareEstimate.of(draft, hardware.bytes());
    }

    /** Links {@code model} into {@code project} as {@code models/<folder name>} (nothing is copied). */
    static IFolder link(IProject project, Path model) throws CoreException {
        IFolder models = project.getFolder("models");
        if (!models.exists()) {
            models.create(true, true, null);
        }
        IFolder link = models.getFolder(model.getFileName().toString());
        if (!link.exists()) {
            link.createLink(IPath.fromOSString(model.toString()), IResource.NONE, null);
        }
        return link;
    }
}

package io.medreason.rcp;

import io.medreason.core.run.StepMetrics;
import io.medreason.core.run.TrainingConfig;
import io.medreason.launching.RunModel;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;
import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;

/**
 * The smoke test's training launch: started with {@code -Dmedreason.smoketest.launch=FILE} (a
 * {@code training_config.json}, the file {@code medreason train --config} reads), the workbench makes a LoRA
 * Fine-tuning launch configuration of it, runs it as Run › Run Configurations… would (child JVM, progress channel,
 * run model), waits for the child to end and reports what the run model saw, in lines of the smoke report.
 */
final class SmokeLaunch {

    static final String PROPERTY = "medreason.smoketest.launch";
    /** Longest wait for the run to end. */
    static final long TIMEOUT_SECONDS = 600;
    private static final String PREFIX = "launch " + TrainingLaunch.TYPE_ID;

    private SmokeLaunch() {
    }

    /** Runs the launch described by {@code configFile} and returns the report lines; never throws. */
    static String run(Path configFile) {
        try {
            TrainingConfig config = TrainingConfig.fromJson(configFile);
            ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
            ILaunchConfigurationWorkingCopy wc = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID)
                    .newInstance(null, manager.generateLaunchConfigurationName("smoke test"));
            TrainingAttributes.setDefaults(wc);
            TrainingAttributes.set(wc, config);
            wc.setAttribute(TrainingAttributes.HEAP, "1g"); // the tiny model; the default 6g is for real models
            ILaunch launch = wc.launch(ILaunchManager.RUN_MODE, null);
            Path output = Path.of(TrainingAttributes.get(wc, "output").strip()).toAbsolutePath().normalize();
            return report(launch.getProcesses()[0], RunModel.getDefault().run(output), output);
        } catch (Exception e) {
            return PREFIX + " run=error " + oneLine(e) + "\n";
        }
    }

    private static String report(IProcess process, RunState run, Path output) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_SECONDS * 1_000_000_000L;
        while (!(process.isTerminated() && run.status() != RunStatus.RUNNING)) {
            if (System.nanoTime() > deadline) {
                process.terminate();
                return PREFIX + " run=timeout after " + TIMEOUT_SECONDS + " s, " + run.stepCount() + " steps\n";
            }
            Thread.sleep(200);
        }
        List<StepMetrics> steps = run.steps();
        String status = run.status().name().toLowerCase(Locale.ROOT);
        StringBuilder lines = new StringBuilder(PREFIX + " run=" + status + " exit=" + process.getExitValue()
                + " steps=" + steps.size() + "/" + run.totalSteps() + "\n");
        if (run.status() == RunStatus.FAILED) {
            lines.append(PREFIX + " failure=" + run.failure().replaceAll("\\R", " | ") + "\n");
        }
        if (!steps.isEmpty()) {
            lines.append(String.format(Locale.ROOT, "%s loss=%.4f -> %.4f%n", PREFIX, steps.get(0).loss(),
                    steps.get(steps.size() - 1).loss()));
        }
        boolean adapter = Files.isRegularFile(output.resolve("adapter_config.json"))
                && Files.isRegularFile(output.resolve("adapter_model.safetensors"));
        lines.append(PREFIX + " adapter=" + (adapter ? "written" : "missing") + "\n");
        return lines.toString();
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return message.replaceAll("\\R", " | ");
    }
}

package io.medreason.launching;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches a LoRA fine-tuning run: writes the run's typed configuration ({@code training_config.json}, the one file
 * format of {@code medreason train --config}) into the run folder, opens the progress channel, starts
 * {@code Main train --config FILE --progress-port N} in a child JVM (this workbench's Java, the engine class path
 * from the installed bundles, DJL offline, in a session of its own) whose output goes to the console, and feeds the
 * run model. Closing the workbench leaves the child training ({@link TrainingProcess#detach()}); the next workbench
 * re-attaches to it through the folder's {@code run.pid} and {@code metrics.jsonl}.
 */
public final class TrainingLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        String problem = TrainingAttributes.validate(configuration);
        if (problem != null) {
            throw new CoreException(Status.error(configuration.getName() + ": " + problem));
        }
        Path output = Path.of(TrainingAttributes.get(configuration, "output").strip()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(output);
            Path config = output.resolve(RunProtocol.TRAINING_CONFIG_FILE);
            TrainingConfig typed = TrainingAttributes.toConfig(configuration)
                    .with(TrainingOption.OUTPUT, output.toString());
            typed.write(config);
            start(configuration, launch, output, config, typed.output().resume());
        } catch (IOException e) {
            throw new CoreException(new Status(IStatus.ERROR, TrainingLaunch.PLUGIN_ID,
                    "Cannot start the training run in " + output + ": " + e.getMessage(), e));
        }
    }

    private static void start(ILaunchConfiguration configuration, ILaunch launch, Path output, Path config,
            boolean resume) throws IOException, CoreException {
        RunModel model = RunModel.getDefault();
        RunState[] run = new RunState[1];
        ProgressServer channel = new ProgressServer(line -> {
            if (run[0] != null) {
                run[0].accept(line);
            }
        });
        List<String> cmd = EngineCommand.build(configuration.getAttribute(TrainingAttributes.HEAP, "6g"), "train",
                List.of("--config", config.toString(), "--" + RunProtocol.PORT_FLAG,
                        Integer.toString(channel.port())));
        Process child = DebugPlugin.exec(OwnSession.wrap(cmd).toArray(String[]::new), output.toFile(),
                EngineCommand.environmentArray());
        run[0] = model.startLive(output, child, resume);
        launch.setAttribute(DebugPlugin.ATTR_CONSOLE_ENCODING, "UTF-8");
        Map<String, String> attributes = new HashMap<>();
        attributes.put(IProcess.ATTR_PROCESS_TYPE, "java");
        attributes.put(IProcess.ATTR_CMDLINE, String.join(" ", cmd));
        attributes.put(TrainingLaunch.ATTR_RUN_FOLDER, output.toString());
        new TrainingProcess(launch, child, "LoRA fine-tuning " + output.getFileName(),
                attributes, channel, configuration.getAttribute(TrainingAttributes.STOP_TIMEOUT, 120), run[0]);
        channel.start(output.getFileName().toString());
    }
}

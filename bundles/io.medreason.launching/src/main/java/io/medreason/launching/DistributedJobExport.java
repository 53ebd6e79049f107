package io.medreason.launching;

import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * <em>Export as Distributed Job…</em> of a LoRA Fine-tuning launch configuration: {@code medreason job export --out
 * FOLDER --config FILE}, where FILE is the configuration the launch trains with ({@link TrainingAttributes#toConfig})
 * with its run folder set to {@code FOLDER/output}, where the job writes its run (as {@code job export} does when
 * no {@code --output} is given): the job's {@code job.json} is that configuration, and the job's run folder gets it
 * as its {@code training_config.json}.
 *
 * @param name the launch configuration's name
 * @param config the launch's typed configuration
 * @param folder the job folder: new or empty
 */
public record DistributedJobExport(String name, TrainingConfig config, Path folder) implements ExportPlan {

    /** The export of a launch configuration into {@code folder} (bad settings are refused, named). */
    public static DistributedJobExport of(ILaunchConfiguration launch, Path folder) throws CoreException {
        TrainingConfig config = TrainingAttributes.toConfig(launch);
        return new DistributedJobExport(launch.getName(), config.with(TrainingOption.OUTPUT,
                folder.toAbsolutePath().normalize().resolve("output").toString()), folder);
    }

    /** The config file handed to the child (written by {@link #steps()}, deleted by {@link #finish()}). */
    Path configFile() {
        return folder.toAbsolutePath().resolveSibling("." + folder.getFileName() + ".training_config.json");
    }

    @Override
    public String title() {
        return "Exporting " + name + " as a distributed job";
    }

    @Override
    public String problem() {
        if (Files.isRegularFile(folder)) {
            return folder + " is a file, not a folder";
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> list = Files.list(folder)) {
                if (list.findAny().isPresent()) {
                    return folder + " is not empty: choose a new or empty folder";
                }
            } catch (IOException e) {
                return folder + ": " + e.getMessage();
            }
        }
        if (config.model().path() == null || config.data().path() == null) {
            return name + " has no model or no data set";
        }
        return null;
    }

    @Override
    public List<EngineStep> steps() throws IOException {
        Path file = configFile();
        Files.createDirectories(file.getParent());
        config.write(file);
        return List.of(new EngineStep("Converting, templating and tokenizing the data; writing the job", "job",
                List.of("export", "--out", folder.toString(), "--config", file.toString()), List.of(folder)));
    }

    @Override
    public String nextStep() {
        return "Run it: MODEL_DIR=" + config.model().path().toAbsolutePath() + " " + folder.resolve("run.sh")
                + "\n(the job writes " + folder.resolve("output") + ", a run folder like a local one)";
    }

    @Override
    public List<Path> outputs() {
        return List.of(folder);
    }

    @Override
    public void finish() {
        try {
            Files.deleteIfExists(configFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

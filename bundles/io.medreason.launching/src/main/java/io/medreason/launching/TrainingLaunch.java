package io.medreason.launching;

import io.medreason.core.run.RunProtocol;

/** Ids of the launching bundle: the bundle itself and the LoRA Fine-tuning launch configuration type. */
public final class TrainingLaunch {

    public static final String PLUGIN_ID = "io.medreason.launching";
    /** The launch configuration type (Run › Run Configurations… › LoRA Fine-tuning). */
    public static final String TYPE_ID = PLUGIN_ID + ".loraFineTuning";
    /** Process attribute holding the run folder of a training process. */
    public static final String ATTR_RUN_FOLDER = PLUGIN_ID + ".runFolder";
    /** File the delegate writes into the run folder: the child's {@code --config}. */
    public static final String LAUNCH_CONFIG_FILE = RunProtocol.LAUNCH_CONFIG_FILE;
    /** File holding the child's process id, so a restarted workbench can tell whether the run still runs. */
    public static final String PID_FILE = "run.pid";

    private TrainingLaunch() {
    }
}

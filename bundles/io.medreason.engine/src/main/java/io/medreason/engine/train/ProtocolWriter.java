package io.medreason.engine.train;

import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;

import java.nio.file.Path;
import java.util.Map;

/** A listener that turns every event into its {@link RunProtocol} message and writes it as one line somewhere. */
abstract class ProtocolWriter implements TrainingListener {

    /** Writes one message (one JSON line). */
    abstract void write(Map<String, Object> message);

    @Override
    public void onStart(Map<String, Object> start) {
        write(start);
    }

    @Override
    public void onStep(StepMetrics metrics) {
        write(metrics.toMessage());
    }

    @Override
    public void onCheckpoint(long step, Path folder) {
        write(RunProtocol.message(RunProtocol.CHECKPOINT, "step", step, "path", folder.toString()));
    }

    @Override
    public void onEnd(RunSummary summary) {
        write(summary.toMessage());
    }
}

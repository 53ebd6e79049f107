package io.medreason.engine.train;

import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;

import java.nio.file.Path;
import java.util.Map;

/** Receives a run's progress; the trainer itself never prints. All methods run on the training thread. */
public interface TrainingListener {

    /** Once, before the first step: the {@code start} message of {@link io.medreason.core.run.RunProtocol}. */
    default void onStart(Map<String, Object> start) {
    }

    default void onStep(StepMetrics metrics) {
    }

    default void onCheckpoint(long step, Path folder) {
    }

    default void onEnd(RunSummary summary) {
    }

    /** All of {@code listeners}, in order. */
    static TrainingListener all(Iterable<TrainingListener> listeners) {
        return new TrainingListener() {
            @Override
            public void onStart(Map<String, Object> start) {
                listeners.forEach(l -> l.onStart(start));
            }

            @Override
            public void onStep(StepMetrics metrics) {
                listeners.forEach(l -> l.onStep(metrics));
            }

            @Override
            public void onCheckpoint(long step, Path folder) {
                listeners.forEach(l -> l.onCheckpoint(step, folder));
            }

            @Override
            public void onEnd(RunSummary summary) {
                listeners.forEach(l -> l.onEnd(summary));
            }
        };
    }
}

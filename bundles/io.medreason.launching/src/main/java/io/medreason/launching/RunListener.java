package io.medreason.launching;

/**
 * Told about changes of the {@link RunModel}, on whatever thread made them (a progress channel, the tailer, the
 * debug framework): UI listeners hop to the display thread themselves.
 */
public interface RunListener {

    /** Runs were added or removed, or the model was rebuilt. */
    void runsChanged();

    /** A run received messages (steps, checkpoints, its summary) or changed status. */
    void runUpdated(RunState run);
}

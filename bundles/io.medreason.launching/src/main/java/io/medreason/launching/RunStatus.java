package io.medreason.launching;

/** Where a training run stands. */
public enum RunStatus {
    /**
     * No child has left a trace in the folder yet (no process id, no {@code start} message, no step): a launch is
     * starting it, or it was never run. Not a failure.
     */
    STARTING,
    /** The child is alive (launched here, or found by its process id after a restart). */
    RUNNING,
    /** A summary was written. */
    FINISHED,
    /** Stopped on request (the summary says so); it can be resumed from its last checkpoint. */
    STOPPED,
    /** An error message, a non-zero exit, or a child gone (its process id dead) without a summary. */
    FAILED
}

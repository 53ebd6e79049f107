package io.medreason.launching;

/** Where a training run stands. */
public enum RunStatus {
    /** The child is alive (launched here, or found by its process id after a restart). */
    RUNNING,
    /** A summary was written. */
    FINISHED,
    /** Stopped on request (the summary says so); it can be resumed from its last checkpoint. */
    STOPPED,
    /** An error message, a non-zero exit, or a process gone without a summary. */
    FAILED
}

package io.medreason.launching;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.RuntimeProcess;

/**
 * A training child in the debug framework. Terminate first asks the child to stop over the progress channel (it
 * saves a checkpoint and exits 0) and kills it only when it has not exited after the configured timeout; a second
 * Terminate kills it at once.
 */
public final class TrainingProcess extends RuntimeProcess {

    private final ProgressServer channel;
    private final int timeoutSeconds;
    private final LastLines lastLines = new LastLines(12);
    private final RunState run;
    private volatile boolean stopRequested;
    private volatile boolean detached;

    public TrainingProcess(ILaunch launch, Process process, String name, Map<String, String> attributes,
            ProgressServer channel, int timeoutSeconds, RunState run) {
        super(launch, process, name, attributes);
        this.run = run;
        this.channel = channel;
        this.timeoutSeconds = timeoutSeconds;
        if (getStreamsProxy() != null) {
            getStreamsProxy().getOutputStreamMonitor().addListener((text, monitor) -> lastLines.add(text));
            getStreamsProxy().getErrorStreamMonitor().addListener((text, monitor) -> lastLines.add(text));
        }
    }

    @Override
    protected void terminated() {
        if (detached) {
            super.terminated(); // the run belongs to the folder now: a later workbench follows it there
            return;
        }
        channel.awaitEnd(3000);
        RunState r = run;
        if (r != null) {
            int exit;
            try {
                exit = getExitValue();
            } catch (DebugException e) {
                exit = getSystemProcess() == null ? -1 : getSystemProcess().exitValue();
            }
            r.processEnded(exit, lastLines.text());
        }
        super.terminated();
    }

    /** True once Terminate asked the child to stop. */
    public boolean stopRequested() {
        return stopRequested;
    }

    @Override
    public boolean canTerminate() {
        return !detached && super.canTerminate();
    }

    /** True once the workbench let the child go on without it ({@link #detach()}). */
    public boolean isDetached() {
        return detached;
    }

    /**
     * Lets the child train on without this workbench, as closing the workbench does: the progress channel closes
     * (the child keeps writing {@code metrics.jsonl} and its checkpoints), Terminate no longer applies, and the
     * run's end is no longer reported here. The next workbench finds the child by the folder's {@code run.pid}.
     */
    public void detach() {
        detached = true;
        try {
            channel.close();
        } catch (java.io.IOException e) {
            // already closed: nothing to let go
        }
    }

    @Override
    public void terminate() throws DebugException {
        if (isTerminated() || detached) {
            return;
        }
        if (WorkbenchShutdown.underway()) {
            detach(); // the debug plug-in terminates every launch when the platform stops: this one runs on
            return;
        }
        if (!stopRequested && channel.requestStop()) {
            stopRequested = true;
            RunState r = run;
            if (r != null) {
                r.stopRequested();
            }
            Process p = getSystemProcess();
            Thread killer = new Thread(() -> killAfterTimeout(p), "stop timeout " + getLabel());
            killer.setDaemon(true);
            killer.start();
            return;
        }
        super.terminate();
    }

    private void killAfterTimeout(Process p) {
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                super.terminate();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (DebugException e) {
            p.destroyForcibly();
        }
    }
}

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
    public void terminate() throws DebugException {
        if (isTerminated()) {
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

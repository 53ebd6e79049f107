package io.medreason.launching;

import io.medreason.core.run.RunProtocol;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;

/**
 * The Training Runs model: every run folder under the workspace (and any folder a launch wrote to), built from
 * the folders' files. A run launched here is fed by its progress channel; a run found running after a restart
 * (its child's process id is alive) is re-attached by tailing its {@code metrics.jsonl} several times a second.
 */
public final class RunModel {

    /** Milliseconds between two looks at the metrics files of re-attached runs. */
    static final long TAIL_MILLIS = 250;
    private static final RunModel DEFAULT = new RunModel();

    private final Map<Path, RunState> runs = new LinkedHashMap<>();
    private final Map<RunState, MetricsTail> tails = new LinkedHashMap<>();
    private final Set<Path> extraFolders = new LinkedHashSet<>();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService tailer;
    private boolean scanned;

    /** The workbench's model. */
    public static RunModel getDefault() {
        return DEFAULT;
    }

    public void addListener(RunListener l) {
        listeners.add(l);
    }

    public void removeListener(RunListener l) {
        listeners.remove(l);
    }

    /** The runs, scanning the workspace the first time. */
    public List<RunState> runs() {
        synchronized (this) {
            if (!scanned) {
                scanned = true;
                scanInto(runs);
            }
            return List.copyOf(runs.values());
        }
    }

    /** The run of {@code folder}, read from disk when it is new to the model. */
    public RunState run(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        RunState run;
        boolean added = false;
        synchronized (this) {
            extraFolders.add(key);
            run = runs.get(key);
            if (run == null) {
                run = load(key);
                runs.put(key, run);
                added = true;
            }
        }
        if (added) {
            fireChanged();
        }
        return run;
    }

    /**
     * Forgets everything and reads the run folders again, as a restarted workbench does: runs whose child is
     * still alive are re-attached by tailing their metrics files.
     */
    public void rebuild() {
        Map<Path, RunState> fresh = new LinkedHashMap<>();
        synchronized (this) {
            tails.clear();
            runs.clear();
            scanned = true;
            scanInto(fresh);
            runs.putAll(fresh);
        }
        fireChanged();
    }

    private void scanInto(Map<Path, RunState> into) {
        Set<Path> folders = new LinkedHashSet<>();
        try {
            Path root = Path.of(ResourcesPlugin.getWorkspace().getRoot().getLocationURI());
            folders.addAll(RunFolders.find(root, 4));
        } catch (IllegalStateException e) {
            // no workspace (plain tests): only the known folders
        }
        folders.addAll(extraFolders);
        for (Path f : folders) {
            if (RunFolders.isRun(f)) {
                into.put(f, load(f));
            }
        }
    }

    private RunState load(Path folder) {
        RunState run = new RunState(folder, this);
        MetricsTail tail = new MetricsTail(folder.resolve(RunProtocol.METRICS_FILE));
        try {
            run.acceptQuietly(tail.poll());
        } catch (IOException e) {
            // an unreadable metrics file: the run shows as failed
        }
        if (run.status() == RunStatus.RUNNING) {
            follow(run, tail);
        }
        return run;
    }

    /**
     * Starts a run launched here: its messages will come from the progress channel. {@code resume}: the child
     * continues from a checkpoint (the steps before it stay).
     */
    RunState startLive(Path folder, Process child, boolean resume) throws IOException {
        RunState run = run(folder);
        synchronized (this) {
            tails.remove(run);
        }
        run.attach(child, resume);
        RunPid.write(folder, child.toHandle());
        fireUpdated(run);
        return run;
    }

    private synchronized void follow(RunState run, MetricsTail tail) {
        tails.put(run, tail);
        if (tailer == null) {
            tailer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "training runs tailer");
                t.setDaemon(true);
                return t;
            });
            tailer.scheduleWithFixedDelay(this::pollTails, TAIL_MILLIS, TAIL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pollTails() {
        List<Map.Entry<RunState, MetricsTail>> todo;
        synchronized (this) {
            todo = new ArrayList<>(tails.entrySet());
        }
        for (Map.Entry<RunState, MetricsTail> e : todo) {
            RunState run = e.getKey();
            try {
                List<String> lines = e.getValue().poll();
                if (!lines.isEmpty()) {
                    run.acceptQuietly(lines);
                    fireUpdated(run);
                }
            } catch (IOException ex) {
                // try again on the next tick
            }
            if (run.status() != RunStatus.RUNNING) {
                synchronized (this) {
                    tails.remove(run);
                }
                fireUpdated(run);
            }
        }
    }

    void fireUpdated(RunState run) {
        for (RunListener l : listeners) {
            l.runUpdated(run);
        }
    }

    private void fireChanged() {
        for (RunListener l : listeners) {
            l.runsChanged();
        }
    }
}

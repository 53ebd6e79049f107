package io.medreason.launching;

import io.medreason.core.run.Json;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.StepMetrics;
import io.medreason.core.run.TrainingConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One training run as its folder tells it: the configuration ({@code training_config.json}, or an older run's
 * {@code launch-config.json}), the {@link RunProtocol} messages of {@code metrics.jsonl} (steps, checkpoints, the
 * summary or an error) and, while it runs, the messages of its progress channel. A {@code start} message of a
 * resumed run drops the steps it will repeat. Thread-safe: messages arrive on background threads, views read
 * snapshots.
 */
public final class RunState {

    private final Path folder;
    private final RunModel model;
    private final List<StepMetrics> steps = new ArrayList<>();
    private Map<String, Object> start;
    private Map<String, Object> summary;
    private String error;
    private long lastCheckpointStep = -1;
    private Process process;
    private boolean stopRequested;
    private Integer exitCode;
    private String lastOutput = "";

    RunState(Path folder, RunModel model) {
        this.folder = folder;
        this.model = model;
    }

    /** The run folder. */
    public Path folder() {
        return folder;
    }

    /** The folder's name. */
    public String name() {
        return folder.getFileName().toString();
    }

    /** Applies one protocol line; lines that are not JSON objects are ignored. */
    public void accept(String line) {
        Map<String, Object> m;
        try {
            m = RunProtocol.decode(line);
        } catch (IllegalArgumentException e) {
            return;
        }
        synchronized (this) {
            apply(m);
        }
        model.fireUpdated(this);
    }

    void acceptQuietly(List<String> lines) {
        synchronized (this) {
            for (String line : lines) {
                try {
                    apply(RunProtocol.decode(line));
                } catch (IllegalArgumentException e) {
                    // not a protocol line
                }
            }
        }
    }

    private void apply(Map<String, Object> m) {
        switch (RunProtocol.typeOf(m)) {
            case RunProtocol.START -> {
                start = m;
                long from = (long) RunProtocol.number(m, "start_step");
                steps.removeIf(s -> s.step() > from); // NaN (a fresh run) becomes 0
                summary = null;
                error = null;
            }
            case RunProtocol.STEP -> steps.add(StepMetrics.of(m));
            case RunProtocol.CHECKPOINT -> lastCheckpointStep = (long) RunProtocol.number(m, "step");
            case RunProtocol.SUMMARY -> summary = m;
            case RunProtocol.ERROR -> error = String.valueOf(m.get("message"));
            default -> {
                // unknown types are for newer watchers
            }
        }
    }

    /**
     * Binds the run to the child launched for it. What the folder said about an earlier child (its summary or error,
     * and its steps unless the new child resumes) no longer describes the run: the new child's {@code start}
     * message says which steps it keeps.
     */
    synchronized void attach(Process child, boolean resume) {
        this.process = child;
        this.exitCode = null;
        this.stopRequested = false;
        this.lastOutput = "";
        summary = null;
        error = null;
        if (!resume) {
            steps.clear();
            start = null;
            lastCheckpointStep = -1;
        }
    }

    /** Records that the child ended, with the last lines it printed. */
    public void processEnded(int exit, String lastLines) {
        synchronized (this) {
            exitCode = exit;
            lastOutput = lastLines == null ? "" : lastLines;
        }
        model.fireUpdated(this);
    }

    /** Records that a stop was asked for. */
    public synchronized void stopRequested() {
        stopRequested = true;
    }

    /** Where the run stands (see {@link RunStatus}). */
    public synchronized RunStatus status() {
        if (summary != null) {
            return Boolean.TRUE.equals(summary.get("stopped")) ? RunStatus.STOPPED : RunStatus.FINISHED;
        }
        if (error != null) {
            return RunStatus.FAILED;
        }
        if (process != null) {
            return exitCode == null && process.isAlive() ? RunStatus.RUNNING : RunStatus.FAILED;
        }
        if (pidAlive()) {
            return RunStatus.RUNNING;
        }
        return neverStarted() ? RunStatus.STARTING : RunStatus.FAILED;
    }

    /** No child has left a trace: no process id file, no {@code start} message, no step. */
    private boolean neverStarted() {
        return start == null && steps.isEmpty() && !Files.exists(folder.resolve(TrainingLaunch.PID_FILE));
    }

    /** Why a failed run failed, in a line or a few: the error message, exit status and last output. */
    public synchronized String failure() {
        String reason = failureReason();
        boolean withLines = exitCode != null && error == null && !lastOutput.isBlank();
        return withLines ? reason + ": " + lastOutput.strip() : reason;
    }

    /** Why a failed run failed, in one line: the error message, the exit status (and signal), or the process gone. */
    public synchronized String failureReason() {
        if (error != null) {
            return error;
        }
        if (exitCode != null) {
            return "exit status " + exitCode + signal(exitCode);
        }
        return summary == null ? "ended without a summary (the process is gone)" : "";
    }

    /** How Java reports a child ended by a signal: 128 + the signal's number. */
    private static String signal(int exit) {
        return switch (exit) {
            case 137 -> " (killed: signal 9, SIGKILL)";
            case 143 -> " (terminated: signal 15, SIGTERM)";
            case 134 -> " (aborted: signal 6, SIGABRT)";
            case 139 -> " (crashed: signal 11, SIGSEGV)";
            default -> exit > 128 && exit < 160 ? " (signal " + (exit - 128) + ")" : "";
        };
    }

    /** The last lines the child printed before it ended (stdout and stderr), empty while it runs. */
    public synchronized String lastOutput() {
        return lastOutput;
    }

    /** True while a child process of this run is known to be alive (its {@code run.pid}). */
    boolean pidAlive() {
        return RunPid.alive(folder).isPresent();
    }

    /** A copy of the steps received so far. */
    public synchronized List<StepMetrics> steps() {
        return List.copyOf(steps);
    }

    /** The number of steps received so far. */
    public synchronized int stepCount() {
        return steps.size();
    }

    /** The steps from index {@code from} on (for views that add points incrementally). */
    public synchronized List<StepMetrics> stepsFrom(int from) {
        return from >= steps.size() ? List.of() : List.copyOf(steps.subList(Math.max(0, from), steps.size()));
    }

    /** The {@code start} message, or null. */
    public synchronized Map<String, Object> start() {
        return start;
    }

    /** The summary message, or null before the end. */
    public synchronized Map<String, Object> summary() {
        return summary;
    }

    /** Total optimizer steps of the run, 0 when unknown. */
    public synchronized long totalSteps() {
        return start == null ? 0 : (long) Math.max(0, RunProtocol.number(start, "total_steps"));
    }

    /** The last step reached, 0 before the first. */
    public synchronized long lastStep() {
        return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).step();
    }

    /** The last training loss, NaN before the first step. */
    public synchronized double lastLoss() {
        return steps.isEmpty() ? Double.NaN : steps.get(steps.size() - 1).loss();
    }

    /** The step of the last checkpoint message, -1 when none. */
    public synchronized long lastCheckpointStep() {
        return lastCheckpointStep;
    }

    /** The run's configuration JSON ({@code training_config.json}, else an older {@code launch-config.json}), or {}. */
    public Map<String, Object> config() {
        try {
            Optional<Path> file = configFile();
            return file.isEmpty() ? Map.of() : Json.parseObject(Files.readString(file.get(), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** The run's typed configuration (either file name; older launch files' string numbers read too), if readable. */
    public Optional<TrainingConfig> typedConfig() {
        try {
            return configFile().map(TrainingConfig::fromJson);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> configFile() {
        return RunProtocol.CONFIG_FILES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The newest checkpoint folder on disk ({@code checkpoint-N} with a {@code trainer_state.json}). */
    public Optional<Path> latestCheckpoint() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches("checkpoint-\\d+"))
                    .filter(p -> Files.isRegularFile(p.resolve("trainer_state.json")))
                    .max(Comparator.comparingLong(p -> Long.parseLong(p.getFileName().toString().substring(11))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The adapter to ask questions with: the final one in the run folder, else the newest checkpoint. */
    public Optional<Path> adapter() {
        if (Files.isRegularFile(folder.resolve("adapter_config.json"))) {
            return Optional.of(folder);
        }
        return latestCheckpoint().filter(p -> Files.isRegularFile(p.resolve("adapter_config.json")));
    }
}

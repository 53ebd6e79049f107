package io.medreason.launching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The run folder's {@code run.pid}: the training child's process id and, on a second line, when it started. A
 * workbench started later re-attaches to the run while that process is alive; the start time tells a reused
 * process id (another program after a reboot) from the run's child. A file with the id alone is trusted as is.
 */
final class RunPid {

    private RunPid() {
    }

    /** Writes {@code child}'s id and start time into {@code folder}'s {@code run.pid} (atomically). */
    static void write(Path folder, ProcessHandle child) throws IOException {
        String started = child.info().startInstant().map(Instant::toString).orElse("");
        AtomicFiles.write(folder.resolve(TrainingLaunch.PID_FILE), child.pid() + "\n" + started + "\n");
    }

    /** The live child process named by {@code folder}'s {@code run.pid}, if there is one. */
    static Optional<ProcessHandle> alive(Path folder) {
        Path file = folder.resolve(TrainingLaunch.PID_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            long id = Long.parseLong(lines.get(0).strip());
            String started = lines.size() > 1 ? lines.get(1).strip() : "";
            return ProcessHandle.of(id).filter(ProcessHandle::isAlive).filter(p -> sameStart(p, started));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or not a number: not a run we can follow
        }
    }

    private static boolean sameStart(ProcessHandle process, String started) {
        if (started.isEmpty()) {
            return true;
        }
        Optional<Instant> now = process.info().startInstant();
        return now.isEmpty() || now.get().equals(Instant.parse(started));
    }
}

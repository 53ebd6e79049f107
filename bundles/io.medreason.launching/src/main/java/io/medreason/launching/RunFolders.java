package io.medreason.launching;

import io.medreason.core.run.RunProtocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds run folders: folders holding a {@code metrics.jsonl} or a run's configuration ({@code training_config.json}
 * before metrics arrive; older runs: {@code launch-config.json}).
 */
public final class RunFolders {

    private RunFolders() {
    }

    /** True for a run folder. */
    public static boolean isRun(Path folder) {
        return Files.isRegularFile(folder.resolve(RunProtocol.METRICS_FILE))
                || RunProtocol.CONFIG_FILES.stream().anyMatch(f -> Files.isRegularFile(folder.resolve(f)));
    }

    /** Run folders under {@code root} down to {@code depth} levels, skipping hidden folders and checkpoints. */
    public static List<Path> find(Path root, int depth) {
        List<Path> found = new ArrayList<>();
        walk(root.toAbsolutePath().normalize(), depth, found);
        return found;
    }

    private static void walk(Path dir, int depth, List<Path> found) {
        if (isRun(dir)) {
            found.add(dir);
            return;
        }
        if (depth == 0) {
            return;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p) && !name.startsWith(".") && !name.startsWith("checkpoint-")
                        && !name.equals("target")) {
                    walk(p, depth - 1, found);
                }
            }
        } catch (IOException e) {
            // unreadable folder: skip it
        }
    }
}

package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import io.medreason.core.cli.RunFailure;
import io.medreason.core.run.Json;
import io.medreason.engine.safetensors.SafetensorsFile;
import io.medreason.engine.safetensors.SafetensorsWriter;

import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checkpoint folders {@code <output>/checkpoint-N} (Hugging Face's names): the adapter in PEFT layout, AdamW's
 * moments ({@code optimizer.safetensors}) and {@code trainer_state.json} (steps, data position, loss scale; the
 * schedule and all randomness follow from the step and the seed). Each is written into a hidden temporary folder and
 * renamed into place, so a kill at any moment leaves the previous checkpoint intact and the newest complete one
 * loadable. A checkpoint that is replaced or pruned is first renamed to a hidden name, then deleted, so a kill while
 * deleting never leaves a half-deleted {@code checkpoint-N}; hidden folders left by a killed run are removed by the
 * next save.
 */
public final class Checkpoints {

    public static final String OPTIMIZER = "optimizer.safetensors";
    private static final String PREFIX = "checkpoint-";
    /** Hidden names: a checkpoint being written, and one being deleted. */
    static final String WRITING = ".tmp-" + PREFIX;
    static final String DELETING = ".old-" + PREFIX;

    /** Writes the adapter files into a folder. */
    @FunctionalInterface
    public interface AdapterWriter {
        void write(Path folder) throws IOException;
    }

    private final Path output;
    private final int saveTotalLimit;

    /** Checkpoints of a run folder, all kept. */
    public Checkpoints(Path output) {
        this(output, 0);
    }

    /**
     * Checkpoints of a run folder that keeps the newest {@code saveTotalLimit} (Hugging Face's
     * {@code save_total_limit}; 0 = all): older ones are deleted only after a new one is complete.
     */
    public Checkpoints(Path output, int saveTotalLimit) {
        this.output = output;
        this.saveTotalLimit = saveTotalLimit;
    }

    /** Writes {@code checkpoint-<step>} atomically and returns its path. */
    public Path save(TrainerState state, long seed, AdapterWriter adapter, AdamW optimizer) throws IOException {
        Files.createDirectories(output);
        removeLeftovers();
        Path target = output.resolve(PREFIX + state.globalStep);
        Path tmp = Files.createTempDirectory(output, WRITING);
        try {
            adapter.write(tmp);
            SafetensorsWriter writer = new SafetensorsWriter().metadata("optimizer", "adamw")
                    .metadata("step", Long.toString(optimizer.stepCount()));
            optimizer.state().forEach(writer::add);
            writer.write(tmp.resolve(OPTIMIZER));
            AtomicWrite.writeString(tmp.resolve(TrainerState.FILE), Json.write(state.toJson(seed)) + "\n");
            AtomicWrite.syncFolder(tmp);
            Path old = Files.exists(target) ? setAside(target) : null;
            move(tmp, target);
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
        prune();
        return target;
    }

    /** Deletes the oldest complete checkpoints beyond the limit. */
    private void prune() throws IOException {
        if (saveTotalLimit <= 0) {
            return;
        }
        List<Path> complete;
        try (Stream<Path> list = Files.list(output)) {
            complete = list.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+"))
                    .filter(p -> Files.isRegularFile(p.resolve(TrainerState.FILE)))
                    .sorted(Comparator.comparingLong(Checkpoints::stepOf)).toList();
        }
        for (Path old : complete.subList(0, Math.max(0, complete.size() - saveTotalLimit))) {
            deleteTree(setAside(old));
        }
    }

    /** Renames a complete checkpoint to a hidden name (atomically: it is whole or gone), ready to be deleted. */
    private Path setAside(Path checkpoint) throws IOException {
        Path aside = output.resolve(DELETING + checkpoint.getFileName().toString().substring(PREFIX.length()) + "-"
                + System.nanoTime());
        move(checkpoint, aside);
        return aside;
    }

    /** Hidden folders of a run that was killed while writing or deleting a checkpoint (one trainer per folder). */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> list = Files.list(output)) {
            for (Path p : list.filter(Checkpoints::isLeftover).toList()) {
                deleteTree(p);
            }
        }
    }

    static boolean isLeftover(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(WRITING) || name.startsWith(DELETING);
    }

    /**
     * The one-line failure for a checkpoint that could not be written (a full disk, a file-size limit): what failed,
     * and the complete checkpoint that is kept and {@code --resume} continues from.
     */
    public RunFailure failure(long step, IOException e) {
        Optional<Path> kept;
        try {
            kept = latest();
        } catch (IOException | RuntimeException again) {
            kept = Optional.empty();
        }
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        return new RunFailure("could not write " + PREFIX + step + " in " + output + ": " + cause
                + " (is the disk full, or a file-size limit reached?); " + kept.map(k -> k.getFileName()
                        + " is complete and kept: make room, then continue with train --resume")
                        .orElse("no earlier checkpoint was written: make room, then start again"));
    }

    /** The newest complete checkpoint in the output folder, if any. */
    public Optional<Path> latest() throws IOException {
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(output)) {
            return list.filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+"))
                    .filter(p -> Files.isRegularFile(p.resolve(TrainerState.FILE)))
                    .max(Comparator.comparingLong(Checkpoints::stepOf));
        }
    }

    /** Reads the trainer state of a checkpoint. */
    public static TrainerState readState(Path checkpoint, long seed) throws IOException {
        return TrainerState.fromJson(Files.readString(checkpoint.resolve(TrainerState.FILE)), seed);
    }

    /** Restores AdamW's moments from a checkpoint. */
    public static void restoreOptimizer(Path checkpoint, AdamW optimizer, NDManager manager) {
        try (SafetensorsFile file = SafetensorsFile.open(checkpoint.resolve(OPTIMIZER));
                NDManager tmp = manager.newSubManager()) {
            Map<String, NDArray> state = new LinkedHashMap<>();
            for (String name : file.tensors().keySet()) {
                state.put(name, file.load(name, tmp, DataType.FLOAT32));
            }
            optimizer.restore(state, Long.parseLong(file.metadata().getOrDefault("step", "0")));
        }
    }

    private static long stepOf(Path checkpoint) {
        return Long.parseLong(checkpoint.getFileName().toString().substring(PREFIX.length()));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
        AtomicWrite.syncFolder(to.toAbsolutePath().getParent());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
                for (Path child : children) {
                    deleteTree(child);
                }
            }
        }
        Files.delete(root);
    }
}

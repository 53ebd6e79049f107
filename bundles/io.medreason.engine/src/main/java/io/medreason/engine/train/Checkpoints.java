package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

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
 * loadable.
 */
public final class Checkpoints {

    public static final String OPTIMIZER = "optimizer.safetensors";
    private static final String PREFIX = "checkpoint-";

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
        Path target = output.resolve(PREFIX + state.globalStep);
        Path tmp = Files.createTempDirectory(output, ".tmp-" + PREFIX);
        try {
            adapter.write(tmp);
            SafetensorsWriter writer = new SafetensorsWriter().metadata("optimizer", "adamw")
                    .metadata("step", Long.toString(optimizer.stepCount()));
            optimizer.state().forEach(writer::add);
            writer.write(tmp.resolve(OPTIMIZER));
            AtomicWrite.writeString(tmp.resolve(TrainerState.FILE), Json.write(state.toJson(seed)) + "\n");
            AtomicWrite.syncFolder(tmp);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            move(tmp, target);
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
            deleteTree(old);
        }
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

package io.medreason.engine.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.export.ExportDType;
import io.medreason.engine.export.MergedFolder;
import io.medreason.engine.fuzz.CommandRun;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.safetensors.SafetensorsFile;
import io.medreason.engine.train.Checkpoints;
import io.medreason.engine.train.TrainerState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at 50 random moments while a child ({@link FolderWriterChild}) writes checkpoint folders through
 * {@link Checkpoints} and merged model folders through {@link MergedFolder}. After every kill each
 * {@code checkpoint-N} is whole (adapter, optimizer and state all of step N), {@code --resume} takes the newest whole
 * one, and the merged folders that exist are byte for byte the reference export; the previous merged folder is
 * untouched. Hidden folders left by the kills are removed by the next write to the same place.
 */
class KillDuringFolderWriteTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    void aKilledCheckpointWriteLeavesThePreviousCheckpointWholeAndResumable() throws Exception {
        Path out = dir.resolve("run");
        SplittableRandom random = new SplittableRandom(16);
        int leftovers = 0;
        for (int k = 0; k < KILLS; k++) {
            killDuringWrites(List.of("checkpoint", out.toString()), random.nextInt(1, 300));
            long newest = checkAllWhole(out);
            assertEquals(newest, stepOf(new Checkpoints(out).latest().orElseThrow()));
            leftovers += (int) DiskFullTest.names(out).stream().filter(n -> n.startsWith(".")).count();
        }
        Path latest = new Checkpoints(out).latest().orElseThrow();
        long step = stepOf(latest);
        Path data = TestData.threeRecords(dir.resolve("d.jsonl"));
        CommandRun r = CommandRun.main(List.of("train", "--model", TestData.TINY_MODEL.toString(), "--data",
                data.toString(), "--output", out.toString(), "--resume", "--steps", Long.toString(step + 2),
                "--lora-r", "32", "--batch-size", "1", "--max-length", "128", "--checkpoint-every", "0",
                "--convert", "none", "--save-total-limit", "2"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("resuming from " + latest + " at step " + step), r.out());
        assertTrue(DiskFullTest.names(out).stream().noneMatch(n -> n.startsWith(".")), "leftovers removed: "
                + DiskFullTest.names(out));
        System.out.printf(Locale.ROOT, "kill -9 during checkpoint writes: %d kills, every checkpoint-N whole every "
                + "time (newest checkpoint-%d), %d hidden temporary folders seen after kills, all removed by the next "
                + "save; train --resume continued from checkpoint-%d%n", KILLS, step, leftovers, step);
    }

    @Test
    void aKilledMergeLeavesThePreviousMergedFolderIntact() throws Exception {
        Path adapter = adapter(dir.resolve("adapter"));
        Path reference = dir.resolve("reference");
        MergedFolder.export(TestData.TINY_MODEL, adapter, reference, 5L << 30, ExportDType.FP32);
        Path parent = Files.createDirectories(dir.resolve("merges"));
        Path previous = parent.resolve("merged-0");
        MergedFolder.export(TestData.TINY_MODEL, adapter, previous, 5L << 30, ExportDType.FP32);
        SplittableRandom random = new SplittableRandom(17);
        int partials = 0;
        int first = 1;
        for (int k = 0; k < KILLS; k++) {
            killDuringWrites(List.of("merged", parent.toString(), adapter.toString(), Integer.toString(first)),
                    random.nextInt(1, 300));
            DiskFullTest.assertSameFiles(reference, previous);
            List<String> names = DiskFullTest.names(parent);
            for (String name : names) {
                if (name.startsWith(".")) {
                    partials++;
                    redo(name, adapter, parent, reference);
                } else if (!name.equals("merged-0")) {
                    DiskFullTest.assertSameFiles(reference, parent.resolve(name));
                    deleteTree(parent.resolve(name));
                }
            }
            first += 1000;
        }
        System.out.printf(Locale.ROOT, "kill -9 during merge: %d kills, the previous merged folder intact every time,"
                + " every merged folder present complete; %d left a .partial folder, removed by the next merge to "
                + "that name%n", KILLS, partials);
    }

    /** The next merge to the name whose {@code .NAME.partial} a kill left: it succeeds and the partial is gone. */
    private static void redo(String partial, Path adapter, Path parent, Path reference) throws IOException {
        assertTrue(partial.endsWith(".partial"), partial);
        String name = partial.substring(1, partial.length() - ".partial".length());
        Path target = parent.resolve(name);
        assertFalse(Files.exists(target), "a finished merge leaves no partial");
        CommandRun r = CommandRun.main(List.of("merge", "--model", TestData.TINY_MODEL.toString(), "--adapter",
                adapter.toString(), "--out", target.toString(), "--dtype", "fp32"));
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(parent.resolve(partial)), "the partial folder is removed by the next merge");
        DiskFullTest.assertSameFiles(reference, target);
        deleteTree(target);
    }

    /** Each checkpoint-N is whole and of step N; returns the newest N. */
    private static long checkAllWhole(Path out) throws IOException {
        long newest = -1;
        for (String name : DiskFullTest.names(out)) {
            if (!name.startsWith("checkpoint-")) {
                continue;
            }
            Path cp = out.resolve(name);
            long step = stepOf(cp);
            assertEquals(step, Checkpoints.readState(cp, FolderWriterChild.SEED).globalStep(), name);
            try (SafetensorsFile adapter = SafetensorsFile.open(cp.resolve(LoraAdapter.WEIGHTS));
                    SafetensorsFile optimizer = SafetensorsFile.open(cp.resolve(Checkpoints.OPTIMIZER))) {
                for (String t : adapter.tensors().keySet()) {
                    if (t.contains("lora_B")) {
                        for (float v : adapter.floats(t)) {
                            assertEquals(step, v, name + " " + t + " is of one step");
                        }
                    }
                }
                assertEquals(2 * adapter.tensors().size(), optimizer.tensors().size(), name);
            }
            assertTrue(Files.isRegularFile(cp.resolve(LoraConfig.FILE)), name);
            assertTrue(Files.isRegularFile(cp.resolve(TrainerState.FILE)), name);
            newest = Math.max(newest, step);
        }
        assertTrue(newest > 0, "a checkpoint exists");
        return newest;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long stepOf(Path checkpoint) {
        return Long.parseLong(checkpoint.getFileName().toString().substring("checkpoint-".length()));
    }

    /** A rank-8 adapter of the tiny model whose B is not zero (so that merging changes the weights). */
    private static Path adapter(Path folder) throws IOException {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32)) {
            LoraAdapter a = LoraAdapter.create(model, LoraConfig.of(8, 16, 0, LoraConfig.ALL_TARGETS), 5);
            for (var e : a.parameters().entrySet()) {
                NDArray p = e.getValue();
                if (e.getKey().contains("lora_B")) {
                    p.addi(p.getManager().full(p.getShape(), 0.05f));
                }
            }
            a.save(folder);
        }
        return folder;
    }

    private static void killDuringWrites(List<String> args, int millis) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-Dai.djl.offline=true", "-cp",
                System.getProperty("java.class.path"), FolderWriterChild.class.getName()));
        cmd.addAll(args);
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("writing")) {
            // PyTorch's native warnings
        }
        assertEquals("writing", line, "the writer started");
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        child.waitFor();
        assertTrue(child.exitValue() != 0, "killed, not finished");
    }
}

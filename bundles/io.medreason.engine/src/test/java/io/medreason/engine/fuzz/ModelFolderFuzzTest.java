package io.medreason.engine.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafetensorsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 210 seeded mutations of the JSON files of a model folder ({@code config.json}, the shard index
 * {@code model.safetensors.index.json}) and of an adapter folder ({@code adapter_config.json}), loaded as the engine
 * loads them (the tiny model and its adapter): each is a one-line {@link UsageException} naming the folder's file, or
 * a model that loads. Every tenth case also goes through {@code medreason ask} in-process: exit 0 or 2, never a stack
 * trace. Prints counts per file and mutation, and the slowest case.
 */
class ModelFolderFuzzTest {

    private static final long SEED = 16_2026L;
    private static final String[] FILES = {"config.json", Checkpoint.INDEX, "adapter_config.json"};
    private static final int[] CASES = {90, 50, 70};

    @TempDir
    Path dir;

    @Test
    void everyMutatedConfigIsALocatedErrorOrALoadedModel() throws Exception {
        Engine.init();
        JsonMutator mutator = new JsonMutator(SEED);
        Map<String, int[]> counts = new TreeMap<>();
        Slowest slowest = new Slowest();
        int mainRuns = 0;
        try (Qwen2Model base = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32)) {
            for (int f = 0; f < FILES.length; f++) {
                byte[] original = original(FILES[f]);
                for (int i = 0; i < CASES[f]; i++) {
                    String[] kind = new String[1];
                    byte[] mutated = mutator.mutate(original, kind);
                    Folders folders = folders(FILES[f] + "-" + i, FILES[f], mutated);
                    String what = FILES[f] + " case " + i + " (" + kind[0] + ")";
                    long start = System.nanoTime();
                    boolean loaded = load(folders, base, what);
                    slowest.offer(System.nanoTime() - start, what);
                    counts.computeIfAbsent(FILES[f] + " " + kind[0], k -> new int[2])[loaded ? 1 : 0]++;
                    if (i % 10 == 0) {
                        throughAsk(folders, what);
                        mainRuns++;
                    }
                    deleteTree(folders.model.getParent());
                }
            }
        }
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "config fuzz %-48s %3d errors %3d loads%n", k, c[0],
                c[1]));
        System.out.printf(Locale.ROOT, "config fuzz: %d cases (seed %d), %d through medreason ask, slowest %s%n",
                CASES[0] + CASES[1] + CASES[2], SEED, mainRuns, slowest);
    }

    /** True when the model (and adapter) loaded; false for a located error; fails otherwise. */
    private static boolean load(Folders folders, Qwen2Model base, String what) {
        try {
            if (folders.adapter == null) {
                Qwen2Model.load(folders.model, Device.cpu(), DataType.FLOAT32).close();
            } else {
                LoraAdapter.load(base, folders.adapter).remove();
            }
            return true;
        } catch (UsageException e) {
            Path folder = folders.adapter == null ? folders.model : folders.adapter;
            assertTrue(e.getMessage().contains(folder.toString()), what + ": error names no file: " + e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'), what + ": one line: " + e.getMessage());
            return false;
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(what + ": not a located error: " + e, e);
            return false;
        }
    }

    private static void throughAsk(Folders folders, String what) {
        List<String> args = new java.util.ArrayList<>(List.of("ask", "--model", folders.model.toString(),
                "--device", "cpu", "--max-new-tokens", "2", "--temperature", "0"));
        if (folders.adapter != null) {
            args.addAll(List.of("--adapter", folders.adapter.toString()));
        }
        args.add("頭痛怎麼辦？");
        CommandRun run = CommandRun.main(args);
        assertTrue(run.code() == 0 || run.code() == 2, what + ": ask exit " + run.code() + ": " + run.err());
        assertFalse(run.err().contains("\tat "), what + ": stack trace: " + run.err());
        if (run.code() == 2) {
            String path = (folders.adapter == null ? folders.model : folders.adapter).toString();
            assertTrue(run.lastErrorLine().startsWith("medreason ask: ") && run.lastErrorLine().contains(path),
                    what + ": " + run.err());
        }
    }

    private record Folders(Path model, Path adapter) {
    }

    private Folders folders(String name, String file, byte[] mutated) throws IOException {
        Path model = Files.createDirectories(dir.resolve(name).resolve("model"));
        for (String f : List.of("tokenizer.json", "tokenizer_config.json", Checkpoint.SINGLE)) {
            Files.createSymbolicLink(model.resolve(f), TestData.TINY_MODEL.resolve(f).toAbsolutePath());
        }
        Path adapter = null;
        if (file.equals("adapter_config.json")) {
            Files.createSymbolicLink(model.resolve("config.json"),
                    TestData.TINY_MODEL.resolve("config.json").toAbsolutePath());
            adapter = Files.createDirectories(dir.resolve(name).resolve("adapter"));
            Files.createSymbolicLink(adapter.resolve(LoraAdapter.WEIGHTS),
                    TestData.resource("tiny-qwen2/adapter").resolve(LoraAdapter.WEIGHTS).toAbsolutePath());
            Files.write(adapter.resolve(file), mutated);
        } else if (file.equals(Checkpoint.INDEX)) {
            Files.createSymbolicLink(model.resolve("config.json"),
                    TestData.TINY_MODEL.resolve("config.json").toAbsolutePath());
            Files.write(model.resolve(file), mutated);
        } else {
            Files.write(model.resolve(file), mutated);
        }
        return new Folders(model, adapter);
    }

    /** Deletes a case folder (its links first, so that nothing outside is followed). */
    static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static byte[] original(String file) throws IOException {
        if (file.equals("adapter_config.json")) {
            return Files.readAllBytes(TestData.resource("tiny-qwen2/adapter").resolve(file));
        }
        if (file.equals("config.json")) {
            return Files.readAllBytes(TestData.TINY_MODEL.resolve(file));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode index = json.createObjectNode();
        index.putObject("metadata").put("total_size", Files.size(TestData.TINY_MODEL.resolve(Checkpoint.SINGLE)));
        ObjectNode map = index.putObject("weight_map");
        try (SafetensorsFile st = SafetensorsFile.open(TestData.TINY_MODEL.resolve(Checkpoint.SINGLE))) {
            st.tensors().keySet().forEach(n -> map.put(n, Checkpoint.SINGLE));
        }
        return json.writeValueAsBytes(index);
    }
}

package io.medreason.engine.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafeDType;
import io.medreason.engine.safetensors.SafetensorsFile;
import io.medreason.engine.safetensors.SafetensorsWriter;
import io.medreason.engine.safetensors.TensorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Merges a PEFT adapter into its base model and writes a Hugging Face folder: every targeted projection becomes
 * {@code W + scaling · B·A} (computed in FP32, stored in the base's type, BF16 rounded to nearest even), every other
 * tensor is copied byte for byte; shards of at most {@code maxShardBytes} with {@code model.safetensors.index.json}
 * when the weights do not fit in one; config, tokenizer and other files copied. The folder appears atomically
 * (written under a temporary name, then renamed).
 */
public final class MergedExport {

    /** Hugging Face's usual shard limit is 5 GB; we keep shards smaller so one fits in a modest Java heap. */
    public static final long DEFAULT_MAX_SHARD_BYTES = 2L << 30;

    private static final String PREFIX = "base_model.model.";

    private MergedExport() {
    }

    /**
     * @param dtype the stored type of the merged projections, or null for the base checkpoint's type
     * @return the tensors that were merged
     */
    public static List<String> export(Path baseDir, Path adapterDir, Path outDir, long maxShardBytes, SafeDType dtype)
            throws IOException {
        if (Files.exists(outDir)) {
            throw new UsageException("--output " + outDir + " already exists; choose a new folder");
        }
        LoraConfig config = LoraConfig.read(adapterDir);
        Path tmp = outDir.toAbsolutePath().resolveSibling("." + outDir.getFileName() + ".partial");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        List<String> merged;
        try (Checkpoint base = Checkpoint.open(baseDir);
                SafetensorsFile adapter = SafetensorsFile.open(adapterDir.resolve(LoraAdapter.WEIGHTS))) {
            merged = writeShards(base, adapter, config, tmp, maxShardBytes, dtype);
            copyOtherFiles(baseDir, tmp);
        } catch (RuntimeException | IOException e) {
            deleteTree(tmp);
            throw e;
        }
        Files.move(tmp, outDir, StandardCopyOption.ATOMIC_MOVE);
        return merged;
    }

    private static List<String> writeShards(Checkpoint base, SafetensorsFile adapter, LoraConfig config, Path dir,
            long maxShardBytes, SafeDType dtype) throws IOException {
        List<List<String>> shards = plan(base, maxShardBytes, dtype);
        Set<String> unused = new HashSet<>(adapter.tensors().keySet());
        List<String> merged = new ArrayList<>();
        ObjectNode weightMap = new ObjectMapper().createObjectNode();
        long total = 0;
        Engine.init();
        try (NDManager manager = NDManager.newBaseManager(ai.djl.Device.cpu())) {
            for (int s = 0; s < shards.size(); s++) {
                String file = shards.size() == 1 ? Checkpoint.SINGLE
                        : String.format("model-%05d-of-%05d.safetensors", s + 1, shards.size());
                SafetensorsWriter writer = new SafetensorsWriter();
                for (String name : shards.get(s)) {
                    TensorInfo info = base.info(name);
                    String module = name.endsWith(".weight") ? name.substring(0, name.length() - 7) : null;
                    String a = PREFIX + module + ".lora_A.weight";
                    if (module != null && config.targets(module) && adapter.tensors().containsKey(a)) {
                        SafeDType out = dtype != null ? dtype : info.dtype();
                        writer.addFloats(name, info.shape(), mergedWeights(base, adapter, config, name, module,
                                manager), out);
                        unused.remove(a);
                        unused.remove(PREFIX + module + ".lora_B.weight");
                        merged.add(name);
                    } else {
                        writer.add(name, info.dtype(), info.shape(), base.file(name).map(name));
                    }
                    weightMap.put(name, file);
                }
                total += writer.dataBytes();
                writer.write(dir.resolve(file));
            }
        }
        if (!unused.isEmpty()) {
            throw new UsageException(adapter.path() + ": tensor " + unused.stream().sorted().findFirst().orElseThrow()
                    + " matches no weight of the base model (an adapter for another model?)");
        }
        if (shards.size() > 1) {
            ObjectNode index = new ObjectMapper().createObjectNode();
            index.putObject("metadata").put("total_size", total);
            index.set("weight_map", weightMap);
            Files.writeString(dir.resolve(Checkpoint.INDEX), index.toPrettyString() + "\n");
        }
        return merged;
    }

    /** Groups tensor names into shards of at most {@code maxShardBytes} (a larger tensor gets a shard of its own). */
    private static List<List<String>> plan(Checkpoint base, long maxShardBytes, SafeDType dtype) {
        List<List<String>> shards = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long size = 0;
        for (String name : base.names()) {
            TensorInfo info = base.info(name);
            long bytes = dtype == null ? info.byteLength() : info.elements() * dtype.bytes();
            if (!current.isEmpty() && size + bytes > maxShardBytes) {
                shards.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(name);
            size += bytes;
        }
        if (!current.isEmpty()) {
            shards.add(current);
        }
        return shards;
    }

    private static float[] mergedWeights(Checkpoint base, SafetensorsFile adapter, LoraConfig config, String name,
            String module, NDManager parent) {
        TensorInfo w = base.info(name);
        TensorInfo a = adapter.info(PREFIX + module + ".lora_A.weight");
        TensorInfo b = adapter.info(PREFIX + module + ".lora_B.weight");
        long out = w.shape()[0];
        long in = w.shape()[1];
        if (a.shape().length != 2 || b.shape().length != 2 || a.shape()[1] != in || b.shape()[0] != out
                || a.shape()[0] != b.shape()[1]) {
            throw new UsageException(adapter.path() + ": tensor " + a.name() + " " + Arrays.toString(a.shape()) + " / "
                    + Arrays.toString(b.shape()) + " does not fit weight " + name + " " + Arrays.toString(w.shape()));
        }
        long r = a.shape()[0];
        try (NDManager m = parent.newSubManager()) {
            NDArray aArr = m.create(adapter.floats(a.name()), new Shape(r, in));
            NDArray bArr = m.create(adapter.floats(b.name()), new Shape(out, r));
            NDArray delta = bArr.matMul(aArr); // (out, r) · (r, in) -> (out, in)
            float[] d = delta.toFloatArray();
            float[] weights = base.file(name).floats(name);
            float scaling = (float) config.scalingOf(module);
            for (int i = 0; i < weights.length; i++) {
                weights[i] += scaling * d[i];
            }
            return weights;
        }
    }

    private static void copyOtherFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                boolean weights = n.endsWith(".safetensors") || n.equals(Checkpoint.INDEX) || n.endsWith(".bin")
                        || n.endsWith(".pt") || n.endsWith(".pth");
                if (Files.isRegularFile(f) && !weights) {
                    Files.copy(f, to.resolve(n));
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((x, y) -> y.getNameCount() - x.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

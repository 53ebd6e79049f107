package io.medreason.engine.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafeDType;
import io.medreason.engine.safetensors.SafetensorsStreamWriter;
import io.medreason.engine.safetensors.TensorInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a merged model (base + PEFT adapter, see {@link MergedWeights}) as a Hugging Face folder in one floating
 * point type throughout: every tensor is stored as {@code dtype} (narrowed from FP32 by round-to-nearest-even, or
 * copied byte for byte where it is unchanged and already of that type); shards of at most {@code maxShardBytes}
 * ({@code model-00001-of-0000N.safetensors} + {@code model.safetensors.index.json} with {@code weight_map}) when the
 * weights do not fit in one {@code model.safetensors}; {@code config.json} with {@code torch_dtype} set; the tokenizer
 * files, {@code generation_config.json} and every other non-weight file copied. Tensors stream through blocks of at
 * most {@value #BLOCK_ELEMENTS} elements. The folder appears atomically (written under a temporary name, renamed).
 */
public final class MergedFolder {

    /** Elements per streamed block (16 MiB of FP32). */
    static final int BLOCK_ELEMENTS = 4 << 20;

    private MergedFolder() {
    }

    /** What was written. */
    public record Result(List<String> merged, ExportDType dtype, int shards, long bytes) {
    }

    /**
     * @param adapterDir the PEFT adapter, or null to re-export the base alone
     * @param dtype the type of every tensor, or null for the base's (its {@code config.json} {@code torch_dtype},
     *     else its first floating point tensor's)
     */
    public static Result export(Path baseDir, Path adapterDir, Path outDir, long maxShardBytes, ExportDType dtype)
            throws IOException {
        if (Files.exists(outDir)) {
            throw new UsageException("--out " + outDir + " already exists; choose a new folder");
        }
        Path tmp = outDir.toAbsolutePath().resolveSibling("." + outDir.getFileName() + ".partial");
        deleteTree(tmp);
        Files.createDirectories(tmp);
        try (MergedWeights weights = MergedWeights.open(baseDir, adapterDir)) {
            ExportDType type = dtype != null ? dtype : baseType(baseDir, weights.base());
            List<List<String>> shards = plan(weights, type, maxShardBytes);
            long bytes = writeShards(weights, type, shards, tmp);
            copyOtherFiles(baseDir, tmp);
            writeConfig(baseDir, tmp, type);
            Files.move(tmp, outDir, StandardCopyOption.ATOMIC_MOVE);
            return new Result(weights.mergedNames(), type, shards.size(), bytes);
        } catch (RuntimeException | IOException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** The base's declared type ({@code torch_dtype}), else the type of its first floating point weight. */
    static ExportDType baseType(Path baseDir, Checkpoint base) throws IOException {
        Path config = baseDir.resolve("config.json");
        if (Files.isRegularFile(config)) {
            String declared = new ObjectMapper().readTree(config.toFile()).path("torch_dtype").asText("");
            for (ExportDType t : ExportDType.values()) {
                if (t.torchDtype().equals(declared)) {
                    return t;
                }
            }
        }
        return ExportDType.of(base.weightType());
    }

    private static SafeDType outType(TensorInfo info, ExportDType dtype) {
        return info.dtype().isFloat() ? dtype.stored() : info.dtype();
    }

    /** Groups tensor names into shards of at most {@code maxShardBytes} (a larger tensor gets a shard of its own). */
    static List<List<String>> plan(MergedWeights weights, ExportDType dtype, long maxShardBytes) {
        List<List<String>> shards = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long size = 0;
        for (String name : weights.names()) {
            TensorInfo info = weights.info(name);
            long bytes = info.elements() * outType(info, dtype).bytes();
            if (!current.isEmpty() && size + bytes > maxShardBytes) {
                shards.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(name);
            size += bytes;
        }
        if (!current.isEmpty() || shards.isEmpty()) {
            shards.add(current);
        }
        return shards;
    }

    private static long writeShards(MergedWeights weights, ExportDType dtype, List<List<String>> shards, Path dir)
            throws IOException {
        ObjectNode weightMap = new ObjectMapper().createObjectNode();
        long total = 0;
        for (int s = 0; s < shards.size(); s++) {
            String file = shards.size() == 1 ? Checkpoint.SINGLE
                    : String.format("model-%05d-of-%05d.safetensors", s + 1, shards.size());
            List<SafetensorsStreamWriter.Entry> entries = new ArrayList<>();
            for (String name : shards.get(s)) {
                TensorInfo info = weights.info(name);
                entries.add(new SafetensorsStreamWriter.Entry(name, outType(info, dtype), info.shape()));
                weightMap.put(name, file);
            }
            try (SafetensorsStreamWriter writer = SafetensorsStreamWriter.create(dir.resolve(file), entries,
                    Map.of())) {
                for (String name : shards.get(s)) {
                    writeTensor(weights, name, dtype, writer);
                }
                writer.commit();
            }
            total += entries.stream().mapToLong(SafetensorsStreamWriter.Entry::bytes).sum();
        }
        if (shards.size() > 1) {
            ObjectNode index = new ObjectMapper().createObjectNode();
            index.putObject("metadata").put("total_size", total);
            index.set("weight_map", weightMap);
            Files.writeString(dir.resolve(Checkpoint.INDEX), index.toPrettyString() + "\n");
        }
        return total;
    }

    private static void writeTensor(MergedWeights weights, String name, ExportDType dtype,
            SafetensorsStreamWriter writer) throws IOException {
        TensorInfo info = weights.info(name);
        if (!weights.isMerged(name) && info.dtype() == outType(info, dtype)) {
            copyRaw(weights, info, writer);
            return;
        }
        long rowLength = MergedWeights.rowLength(info);
        ByteBuffer buf = ByteBuffer.allocate((int) (Math.max(BLOCK_ELEMENTS, rowLength) * dtype.stored().bytes()))
                .order(ByteOrder.LITTLE_ENDIAN);
        weights.rows(name, BLOCK_ELEMENTS, (values, rows) -> {
            buf.clear();
            dtype.encode(values, (int) (rows * rowLength), buf);
            writer.write(buf.flip());
        });
    }

    /** Copies an unchanged tensor that is already of the output type, a block at a time. */
    private static void copyRaw(MergedWeights weights, TensorInfo info, SafetensorsStreamWriter writer)
            throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(info.byteLength(), 16L << 20));
        for (long done = 0; done < info.byteLength(); done += buf.limit()) {
            buf.clear().limit((int) Math.min(buf.capacity(), info.byteLength() - done));
            weights.base().file(info.name()).readBytes(info.name(), done, buf);
            writer.write(buf.flip());
        }
    }

    /** {@code config.json} as the base has it, with {@code torch_dtype} naming the exported type. */
    private static void writeConfig(Path baseDir, Path outDir, ExportDType dtype) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(baseDir.resolve("config.json").toFile());
        config.put("torch_dtype", dtype.torchDtype());
        Path tmp = Files.createTempFile(outDir, ".config", ".json");
        Files.writeString(tmp, config.toPrettyString() + "\n");
        Files.move(tmp, outDir.resolve("config.json"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyOtherFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String n = f.getFileName().toString();
                boolean weights = n.endsWith(".safetensors") || n.equals(Checkpoint.INDEX) || n.endsWith(".bin")
                        || n.endsWith(".pt") || n.endsWith(".pth") || n.startsWith(".");
                if (Files.isRegularFile(f) && !weights) {
                    Files.copy(f, to.resolve(n));
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
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

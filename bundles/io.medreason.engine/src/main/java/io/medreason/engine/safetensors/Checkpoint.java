package io.medreason.engine.safetensors;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import io.medreason.engine.JsonFile;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a Hugging Face model folder: {@code model.safetensors}, or shards listed in
 * {@code model.safetensors.index.json} ({@code weight_map}: tensor name → shard file). Pickled {@code .bin}
 * checkpoints are refused.
 */
public final class Checkpoint implements AutoCloseable {

    /** The single-file weights name. */
    public static final String SINGLE = "model.safetensors";
    /** The shard index name. */
    public static final String INDEX = "model.safetensors.index.json";

    private final Path dir;
    private final List<SafetensorsFile> files;
    private final Map<String, SafetensorsFile> byTensor;
    private final Scratch scratch = new Scratch();

    private Checkpoint(Path dir, List<SafetensorsFile> files, Map<String, SafetensorsFile> byTensor) {
        this.dir = dir;
        this.files = files;
        this.byTensor = byTensor;
    }

    /** Opens the weights of {@code modelDir}. */
    public static Checkpoint open(Path modelDir) {
        Path index = modelDir.resolve(INDEX);
        if (Files.isRegularFile(index)) {
            return openSharded(modelDir, index);
        }
        Path single = modelDir.resolve(SINGLE);
        if (Files.isRegularFile(single)) {
            SafetensorsFile file = SafetensorsFile.open(single);
            Map<String, SafetensorsFile> map = new LinkedHashMap<>();
            file.tensors().keySet().forEach(n -> map.put(n, file));
            return new Checkpoint(modelDir, List.of(file), map);
        }
        throw new SafetensorsException(PickledWeights.missing(modelDir, SINGLE + " or " + INDEX));
    }

    private static Checkpoint openSharded(Path modelDir, Path index) {
        JsonNode weightMap = JsonFile.read(index).get("weight_map");
        if (weightMap == null || !weightMap.isObject()) {
            throw new SafetensorsException(index + ": no weight_map object");
        }
        Map<String, SafetensorsFile> shards = new LinkedHashMap<>();
        Map<String, SafetensorsFile> byTensor = new LinkedHashMap<>();
        List<SafetensorsFile> files = new ArrayList<>();
        try {
            for (var it = weightMap.fields(); it.hasNext();) {
                var e = it.next();
                String shardName = e.getValue().asText();
                SafetensorsFile shard = shards.get(shardName);
                if (shard == null) {
                    shard = SafetensorsFile.open(shardPath(modelDir, index, e.getKey(), e.getValue()));
                    shards.put(shardName, shard);
                    files.add(shard);
                }
                if (!shard.tensors().containsKey(e.getKey())) {
                    throw new SafetensorsException(shard.path() + ": no tensor " + e.getKey() + " (listed in " + index
                            + ")");
                }
                byTensor.put(e.getKey(), shard);
            }
        } catch (RuntimeException e) {
            files.forEach(SafetensorsFile::close);
            throw e;
        }
        return new Checkpoint(modelDir, files, byTensor);
    }

    /** The shard file a {@code weight_map} entry names: a file name inside the model folder that exists. */
    private static Path shardPath(Path modelDir, Path index, String tensor, JsonNode value) {
        String where = index + ": weight_map entry of tensor " + tensor;
        if (!value.isTextual()) {
            throw new SafetensorsException(where + " is not a file name: " + JsonFile.oneLine(value.toString()));
        }
        Path shardPath;
        try {
            shardPath = modelDir.resolve(value.asText()).normalize();
        } catch (InvalidPathException e) {
            throw new SafetensorsException(where + " is not a file name (" + e.getReason() + ")", e);
        }
        if (!shardPath.startsWith(modelDir.normalize()) || !Files.isRegularFile(shardPath)) {
            throw new SafetensorsException(where + ": shard " + JsonFile.oneLine(value.asText()) + " is missing");
        }
        return shardPath;
    }

    /** The model folder. */
    public Path dir() {
        return dir;
    }

    /** All tensor names. */
    public List<String> names() {
        return List.copyOf(byTensor.keySet());
    }

    /** Whether a tensor exists. */
    public boolean has(String name) {
        return byTensor.containsKey(name);
    }

    /** The header entry of a tensor. */
    public TensorInfo info(String name) {
        return file(name).info(name);
    }

    /** The file that holds a tensor. */
    public SafetensorsFile file(String name) {
        SafetensorsFile f = byTensor.get(name);
        if (f == null) {
            throw new SafetensorsException(dir + ": checkpoint has no tensor " + name);
        }
        return f;
    }

    /**
     * Loads a tensor of any size as {@code target}, see {@link SafetensorsFile#load}; all shards share one scratch
     * buffer of at most {@value TensorStream#SCRATCH_BYTES} bytes.
     */
    public synchronized NDArray load(String name, NDManager manager, DataType target) {
        return file(name).load(name, manager, target, scratch);
    }

    /** The stored type of the floating point weights (of the first one). */
    public SafeDType weightType() {
        return byTensor.entrySet().stream().map(e -> e.getValue().info(e.getKey()).dtype())
                .filter(SafeDType::isFloat).findFirst().orElse(SafeDType.F32);
    }

    @Override
    public void close() {
        scratch.release();
        files.forEach(SafetensorsFile::close);
    }
}

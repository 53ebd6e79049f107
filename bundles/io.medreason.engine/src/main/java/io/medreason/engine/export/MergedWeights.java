package io.medreason.engine.export;

import io.medreason.core.cli.UsageException;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.safetensors.Checkpoint;
import io.medreason.engine.safetensors.SafetensorsFile;
import io.medreason.engine.safetensors.TensorInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weights of a base model with a PEFT adapter merged in, read a block of rows at a time so that no tensor is ever
 * held whole (a 7B model's 2.2 GB FP32 embedding streams like any other). A targeted projection W (out, in) reads as
 * {@code W + scaling · B·A}, computed in FP32 per row: row i gets {@code scaling · Σ_k B[i,k]·A[k,:]}; every other
 * tensor reads as stored (widened to FP32). Without an adapter this is the base model itself.
 */
public final class MergedWeights implements AutoCloseable {

    private static final String PREFIX = "base_model.model.";

    /** The low-rank update of one projection: A (r, in), B (out, r), FP32, row-major. */
    private record Delta(float[] a, float[] b, int r, int in, float scaling) {
    }

    /** Receives one block of rows: {@code values[0..rows·rowLength)}. */
    @FunctionalInterface
    public interface Block {
        void accept(float[] values, int rows) throws java.io.IOException;
    }

    private final Checkpoint base;
    private final Map<String, Delta> deltas;

    private MergedWeights(Checkpoint base, Map<String, Delta> deltas) {
        this.base = base;
        this.deltas = deltas;
    }

    /** Opens {@code baseDir}'s weights and, when {@code adapterDir} is not null, reads the adapter's A and B. */
    public static MergedWeights open(Path baseDir, Path adapterDir) {
        Checkpoint base = Checkpoint.open(baseDir);
        try {
            return new MergedWeights(base, adapterDir == null ? Map.of() : deltas(base, adapterDir));
        } catch (RuntimeException e) {
            base.close();
            throw e;
        }
    }

    private static Map<String, Delta> deltas(Checkpoint base, Path adapterDir) {
        LoraConfig config = LoraConfig.read(adapterDir);
        Map<String, Delta> deltas = new LinkedHashMap<>();
        try (SafetensorsFile adapter = SafetensorsFile.open(adapterDir.resolve(LoraAdapter.WEIGHTS))) {
            Set<String> unused = new HashSet<>(adapter.tensors().keySet());
            for (String name : base.names()) {
                String module = name.endsWith(".weight") ? name.substring(0, name.length() - 7) : null;
                String a = PREFIX + module + ".lora_A.weight";
                String b = PREFIX + module + ".lora_B.weight";
                if (module == null || !config.targets(module) || !adapter.tensors().containsKey(a)) {
                    continue;
                }
                deltas.put(name, delta(base.info(name), adapter, a, b, (float) config.scalingOf(module)));
                unused.remove(a);
                unused.remove(b);
            }
            if (!unused.isEmpty()) {
                throw new UsageException(adapter.path() + ": tensor " + unused.stream().sorted().findFirst()
                        .orElseThrow() + " matches no weight of the base model (an adapter for another model?)");
            }
        }
        return deltas;
    }

    private static Delta delta(TensorInfo w, SafetensorsFile adapter, String aName, String bName, float scaling) {
        if (!adapter.tensors().containsKey(bName)) {
            throw new UsageException(adapter.path() + ": tensor " + aName + " has no " + bName);
        }
        long[] a = adapter.info(aName).shape();
        long[] b = adapter.info(bName).shape();
        long[] ws = w.shape();
        if (ws.length != 2 || a.length != 2 || b.length != 2 || a[1] != ws[1] || b[0] != ws[0] || a[0] != b[1]) {
            throw new UsageException(adapter.path() + ": tensors " + aName + " " + Arrays.toString(a) + " / "
                    + Arrays.toString(b) + " do not fit weight " + w.name() + " " + Arrays.toString(ws));
        }
        return new Delta(adapter.floats(aName), adapter.floats(bName), (int) a[0], (int) a[1], scaling);
    }

    /** Tensor names of the base, in checkpoint order. */
    public List<String> names() {
        return base.names();
    }

    /** The base's header entry (stored type and shape). */
    public TensorInfo info(String name) {
        return base.info(name);
    }

    /** Whether the adapter changes this tensor. */
    public boolean isMerged(String name) {
        return deltas.containsKey(name);
    }

    /** The tensors the adapter changes. */
    public List<String> mergedNames() {
        return List.copyOf(deltas.keySet());
    }

    /** The base checkpoint (for raw copies of unchanged tensors). */
    public Checkpoint base() {
        return base;
    }

    /** Elements per row: the last dimension (a scalar has one). */
    public static long rowLength(TensorInfo info) {
        long[] s = info.shape();
        return s.length == 0 ? 1 : s[s.length - 1];
    }

    /**
     * Streams tensor {@code name} as FP32 in blocks of whole rows of at most {@code maxElements} elements (at least
     * one row), merged with the adapter where it has a branch.
     */
    public void rows(String name, int maxElements, Block block) throws java.io.IOException {
        TensorInfo info = base.info(name);
        long rowLength = rowLength(info);
        long rows = info.elements() / Math.max(rowLength, 1);
        int perBlock = (int) Math.max(1, Math.min(rows, maxElements / Math.max(rowLength, 1)));
        float[] values = new float[Math.toIntExact(perBlock * rowLength)];
        for (long first = 0; first < rows; first += perBlock) {
            int count = (int) Math.min(perBlock, rows - first);
            base.file(name).readFloats(name, first * rowLength, values, (int) (count * rowLength));
            Delta d = deltas.get(name);
            if (d != null) {
                addDelta(d, first, count, values);
            }
            block.accept(values, count);
        }
    }

    /** values[i, :] += scaling · B[first+i, :] · A for the block's rows. */
    private static void addDelta(Delta d, long first, int count, float[] values) {
        float[] row = new float[d.in];
        for (int i = 0; i < count; i++) {
            Arrays.fill(row, 0f);
            int bRow = (int) ((first + i) * d.r);
            for (int k = 0; k < d.r; k++) {
                float bk = d.b[bRow + k];
                int aRow = k * d.in;
                for (int j = 0; j < d.in; j++) {
                    row[j] += bk * d.a[aRow + j];
                }
            }
            int off = i * d.in;
            for (int j = 0; j < d.in; j++) {
                values[off + j] += d.scaling * row[j];
            }
        }
    }

    @Override
    public void close() {
        base.close();
    }
}

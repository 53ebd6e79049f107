package io.medreason.engine.lora;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.model.Linear;
import io.medreason.engine.model.LoraLayer;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.safetensors.PickledWeights;
import io.medreason.engine.safetensors.SafetensorsFile;
import io.medreason.engine.safetensors.SafetensorsWriter;
import io.medreason.engine.safetensors.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A LoRA adapter attached to a {@link Qwen2Model}: one {@link LoraLayer} per targeted projection. Parameters are
 * named as PEFT saves them ({@code base_model.model.<module>.lora_A.weight}), so an adapter folder written here loads
 * in PEFT and a PEFT folder loads here.
 */
public final class LoraAdapter {

    /** File name of the weights inside an adapter folder. */
    public static final String WEIGHTS = "adapter_model.safetensors";
    private static final String PREFIX = "base_model.model.";

    private final Qwen2Model model;
    private final LoraConfig config;
    private final Map<String, Linear> modules;

    private LoraAdapter(Qwen2Model model, LoraConfig config, Map<String, Linear> modules) {
        this.model = model;
        this.config = config;
        this.modules = Collections.unmodifiableMap(modules);
    }

    /**
     * Attaches a new adapter initialised as PEFT does: A Kaiming-uniform (a = √5, i.e. U(±1/√in)), B zero, so the
     * model's output is unchanged until training moves B.
     */
    public static LoraAdapter create(Qwen2Model model, LoraConfig config, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Linear> modules = targets(model, config);
        for (Linear linear : modules.values()) {
            int r = config.rankOf(linear.name());
            int in = Math.toIntExact(linear.inFeatures());
            float bound = (float) (1.0 / Math.sqrt(in));
            float[] a = new float[r * in];
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
            }
            NDArray aArr = owned(model.manager(), a, new Shape(r, in));
            NDArray bArr = model.manager().zeros(new Shape(linear.outFeatures(), r), DataType.FLOAT32);
            attach(linear, aArr, bArr, config);
        }
        return new LoraAdapter(model, config, modules);
    }

    /** Reads a PEFT adapter folder and attaches it; shapes and module names must fit this model. */
    public static LoraAdapter load(Qwen2Model model, Path adapterDir) {
        LoraConfig config = LoraConfig.read(adapterDir);
        Path file = adapterDir.resolve(WEIGHTS);
        if (!Files.isRegularFile(file)) {
            throw new UsageException(PickledWeights.missing(adapterDir, WEIGHTS));
        }
        Map<String, Linear> modules = targets(model, config);
        try (SafetensorsFile st = SafetensorsFile.open(file)) {
            Set<String> unused = new HashSet<>(st.tensors().keySet());
            for (Linear linear : modules.values()) {
                int r = config.rankOf(linear.name());
                NDArray a = read(st, PREFIX + linear.name() + ".lora_A.weight", r, linear.inFeatures(), model);
                NDArray b = read(st, PREFIX + linear.name() + ".lora_B.weight", linear.outFeatures(), r, model);
                unused.remove(PREFIX + linear.name() + ".lora_A.weight");
                unused.remove(PREFIX + linear.name() + ".lora_B.weight");
                attach(linear, a, b, config);
            }
            if (!unused.isEmpty()) {
                String first = unused.stream().sorted().findFirst().orElseThrow();
                modules.values().forEach(l -> detach(l));
                throw new UsageException(file + ": tensor " + first + " does not belong to this model's targets"
                        + " (an adapter for another model, or an unsupported LoRA variant)");
            }
        } catch (RuntimeException e) {
            modules.values().forEach(LoraAdapter::detach);
            throw e;
        }
        return new LoraAdapter(model, config, modules);
    }

    private static NDArray read(SafetensorsFile st, String name, long rows, long cols, Qwen2Model model) {
        if (!st.tensors().containsKey(name)) {
            throw new UsageException(st.path() + ": no tensor " + name + " (the adapter does not match"
                    + " adapter_config.json's target_modules)");
        }
        TensorInfo info = st.info(name);
        long[] want = {rows, cols};
        if (!Arrays.equals(info.shape(), want)) {
            throw new UsageException(st.path() + ": tensor " + name + " has shape " + Arrays.toString(info.shape())
                    + " but this model needs " + Arrays.toString(want) + " (an adapter for another model?)");
        }
        return st.load(name, model.manager(), DataType.FLOAT32);
    }

    private static Map<String, Linear> targets(Qwen2Model model, LoraConfig config) {
        Map<String, Linear> modules = new LinkedHashMap<>();
        for (Linear linear : model.linears()) {
            if (linear.lora() != null) {
                throw new IllegalStateException(linear.name() + " already has a LoRA adapter");
            }
            if (config.targets(linear.name())) {
                modules.put(linear.name(), linear);
            }
        }
        if (modules.isEmpty()) {
            throw new UsageException("LoRA target_modules " + (config.targetRegex() != null ? config.targetRegex()
                    : config.targetModules()) + " match no module of this model (Qwen2 has " + LoraConfig.ALL_TARGETS
                    + ")");
        }
        return modules;
    }

    private static void attach(Linear linear, NDArray a, NDArray b, LoraConfig config) {
        linear.setLora(new LoraLayer(a, b, config.scalingOf(linear.name()), (float) config.loraDropout()));
    }

    private static void detach(Linear linear) {
        LoraLayer layer = linear.lora();
        if (layer != null) {
            linear.setLora(null);
            layer.close();
        }
    }

    private static NDArray owned(NDManager manager, float[] values, Shape shape) {
        try (NDManager tmp = manager.newSubManager()) {
            NDArray javaBacked = tmp.create(values, shape);
            NDArray out = io.medreason.engine.NativeCopy.of(javaBacked, DataType.FLOAT32);
            out.attach(manager);
            return out;
        }
    }

    /**
     * The trainable parameters in a stable order, PEFT names → arrays: {@code …lora_A.weight} (r, in) and
     * {@code …lora_B.weight} (out, r), FP32, requiring gradients, owned by the model's manager.
     */
    public Map<String, NDArray> parameters() {
        Map<String, NDArray> params = new LinkedHashMap<>();
        modules.forEach((name, linear) -> {
            params.put(PREFIX + name + ".lora_A.weight", linear.lora().a());
            params.put(PREFIX + name + ".lora_B.weight", linear.lora().b());
        });
        return params;
    }

    /** The same branches, saved with {@code base_model_name_or_path} = {@code nameOrPath}. */
    public LoraAdapter withBaseModel(String nameOrPath) {
        return new LoraAdapter(model, config.withBaseModel(nameOrPath), modules);
    }

    /** The targeted modules by name. */
    public Map<String, Linear> modules() {
        return modules;
    }

    public LoraConfig config() {
        return config;
    }

    public Qwen2Model model() {
        return model;
    }

    /** Writes {@code adapter_config.json} and {@code adapter_model.safetensors} (FP32), each atomically. */
    public void save(Path adapterDir) throws IOException {
        Files.createDirectories(adapterDir);
        SafetensorsWriter writer = new SafetensorsWriter();
        for (Map.Entry<String, NDArray> e : parameters().entrySet()) {
            NDArray cpu = e.getValue().toDevice(ai.djl.Device.cpu(), false);
            writer.add(e.getKey(), cpu);
        }
        writer.write(adapterDir.resolve(WEIGHTS));
        config.write(adapterDir);
    }

    /** Adds scaling·B·A to each base weight and removes the branches (the model then computes base+adapter). */
    public void mergeIntoModel() {
        for (Linear linear : modules.values()) {
            NDArray w = linear.weight();
            try (NDManager tmp = model.manager().newSubManager()) {
                NDArray delta = linear.lora().delta();
                delta.attach(tmp);
                NDArray merged = w.toType(DataType.FLOAT32, false).add(delta).toType(w.getDataType(), false);
                merged.attach(model.manager());
                linear.replaceWeight(merged);
            }
            detach(linear);
        }
    }

    /** Removes the branches from the model and frees A and B. */
    public void remove() {
        modules.values().forEach(LoraAdapter::detach);
    }

    /** Names of the targeted module kinds, e.g. [q_proj, v_proj]. */
    public List<String> targetKinds() {
        return modules.values().stream().map(Linear::shortName).distinct().toList();
    }
}

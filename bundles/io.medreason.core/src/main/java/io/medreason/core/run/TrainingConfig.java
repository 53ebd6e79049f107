package io.medreason.core.run;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.core.io.AtomicWrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a training run is told, immutable, in six parts. One file format: {@link #toJson()} /
 * {@link #fromJson(Path)} ({@code training_config.json}, keys = the {@code medreason train} flags, typed JSON values);
 * {@link #fromArgs} reads {@code --config FILE.json} first and lets flags override it. Settings, defaults and allowed
 * values are declared once, in {@link TrainingOption}.
 */
public record TrainingConfig(Model model, Data data, Lora lora, Optimization optimization, Hardware hardware,
        Output output) {

    /** All seven projections of a Qwen2 layer (see {@link Lora#ALL_TARGETS}). */
    public static final List<String> ALL_TARGETS = Lora.ALL_TARGETS;
    /** Flags that take a value (the keys of the JSON form, and {@code config}). */
    public static final Set<String> VALUED = keys(false);
    /** Flags that are switches. */
    public static final Set<String> SWITCHES = keys(true);

    /** The base model. @param attnImplementation "sdpa" (fused kernels) or "eager" */
    public record Model(Path path, Path initAdapter, String attnImplementation) {
    }

    /** What is trained on and how it becomes tokens. */
    public record Data(Path path, Path evalData, double evalFraction, String template, String trainOn, String convert,
            int maxLength, String truncation, boolean shuffle) {
    }

    /** The adapter. */
    public record Lora(int r, double alpha, double dropout, List<String> targets) {
        /** All seven projections of a Qwen2 layer. */
        public static final List<String> ALL_TARGETS =
                List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj");

        public Lora {
            targets = List.copyOf(targets);
        }
    }

    /** The optimizer, its schedule and the batches. @param steps 0 when {@code epochs} decides */
    public record Optimization(int steps, double epochs, double lr, String scheduler, int warmupSteps,
            double weightDecay, double maxGradNorm, int batchSize, int gradAccum, long seed) {
        /** Records per optimizer step. */
        public int effectiveBatch() {
            return batchSize * gradAccum;
        }
    }

    /** Where and in what precision. */
    public record Hardware(String device, String precision, boolean gradientCheckpointing) {
    }

    /** The run folder and what is written to it. @param progressPort a watcher's loopback port, 0 = none */
    public record Output(Path path, boolean resume, int checkpointEvery, int saveTotalLimit, int evalEvery,
            int progressPort) {
    }

    private static Set<String> keys(boolean switches) {
        Set<String> keys = Arrays.stream(TrainingOption.values()).filter(o -> o.isSwitch() == switches)
                .map(TrainingOption::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (!switches) {
            keys.add("config");
        }
        return java.util.Collections.unmodifiableSet(keys);
    }

    /** Parses the command line, reading {@code --config FILE.json} first when given (flags override it). */
    public static TrainingConfig fromArgs(List<String> args) {
        Flags flags = Flags.parse(args, VALUED, SWITCHES);
        Builder b = flags.has("config") ? builderOf(Path.of(flags.string("config", ""))) : builder();
        for (TrainingOption o : TrainingOption.values()) {
            if (flags.has(o.key())) {
                b.set(o, o.isSwitch() ? Boolean.TRUE : flags.string(o.key(), ""), "--" + o.key());
            }
        }
        return b.build();
    }

    /** Reads a {@code training_config.json} (or a run's older {@code launch-config.json}). */
    public static TrainingConfig fromJson(Path file) {
        return builderOf(file).build();
    }

    /** A builder holding the settings of a JSON file, e.g. to override some of them. */
    public static Builder builderOf(Path file) {
        Map<String, Object> map;
        try {
            map = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage(), e);
        }
        return builder().setAll(map, file.toString());
    }

    /** The JSON form: every saved setting under its flag name, typed (paths as strings, unset paths null). */
    public Map<String, Object> toJson() {
        Map<TrainingOption, Object> values = values();
        Map<String, Object> m = new LinkedHashMap<>();
        for (TrainingOption o : TrainingOption.values()) {
            if (o.saved()) {
                Object v = values.get(o);
                m.put(o.key(), v instanceof Path p ? p.toString() : v);
            }
        }
        return m;
    }

    /** Writes {@link #toJson()} to {@code file} atomically ({@link AtomicWrite}). */
    public void write(Path file) throws IOException {
        AtomicWrite.writeString(file, Json.write(toJson()) + "\n");
    }

    /** Every setting's typed value (paths as {@link Path}, unset ones null). */
    public Map<TrainingOption, Object> values() {
        Map<TrainingOption, Object> v = new EnumMap<>(TrainingOption.class);
        v.put(TrainingOption.MODEL, model.path());
        v.put(TrainingOption.INIT_ADAPTER, model.initAdapter());
        v.put(TrainingOption.ATTN_IMPLEMENTATION, model.attnImplementation());
        v.put(TrainingOption.DATA, data.path());
        v.put(TrainingOption.EVAL_DATA, data.evalData());
        v.put(TrainingOption.EVAL_FRACTION, data.evalFraction());
        v.put(TrainingOption.TEMPLATE, data.template());
        v.put(TrainingOption.TRAIN_ON, data.trainOn());
        v.put(TrainingOption.CONVERT, data.convert());
        v.put(TrainingOption.MAX_LENGTH, data.maxLength());
        v.put(TrainingOption.TRUNCATION, data.truncation());
        v.put(TrainingOption.NO_SHUFFLE, !data.shuffle());
        v.put(TrainingOption.LORA_R, lora.r());
        v.put(TrainingOption.LORA_ALPHA, lora.alpha());
        v.put(TrainingOption.LORA_DROPOUT, lora.dropout());
        v.put(TrainingOption.TARGETS, lora.targets());
        optimizationValues(v);
        v.put(TrainingOption.DEVICE, hardware.device());
        v.put(TrainingOption.PRECISION, hardware.precision());
        v.put(TrainingOption.GRADIENT_CHECKPOINTING, hardware.gradientCheckpointing());
        v.put(TrainingOption.OUTPUT, output.path());
        v.put(TrainingOption.RESUME, output.resume());
        v.put(TrainingOption.CHECKPOINT_EVERY, output.checkpointEvery());
        v.put(TrainingOption.SAVE_TOTAL_LIMIT, output.saveTotalLimit());
        v.put(TrainingOption.EVAL_EVERY, output.evalEvery());
        v.put(TrainingOption.PROGRESS_PORT, output.progressPort());
        return v;
    }

    private void optimizationValues(Map<TrainingOption, Object> v) {
        v.put(TrainingOption.STEPS, optimization.steps());
        v.put(TrainingOption.EPOCHS, optimization.epochs());
        v.put(TrainingOption.LR, optimization.lr());
        v.put(TrainingOption.SCHEDULER, optimization.scheduler());
        v.put(TrainingOption.WARMUP_STEPS, optimization.warmupSteps());
        v.put(TrainingOption.WEIGHT_DECAY, optimization.weightDecay());
        v.put(TrainingOption.MAX_GRAD_NORM, optimization.maxGradNorm());
        v.put(TrainingOption.BATCH_SIZE, optimization.batchSize());
        v.put(TrainingOption.GRAD_ACCUM, optimization.gradAccum());
        v.put(TrainingOption.SEED, optimization.seed());
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = builder();
        values().forEach((o, v) -> b.values.put(o, v));
        b.stepsGiven = true;
        return b;
    }

    /** A copy with one setting changed (typed value or text as typed), checked like any other. */
    public TrainingConfig with(TrainingOption option, Object value) {
        return toBuilder().set(option, value, "--" + option.key()).build();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings by {@link TrainingOption}, then checks them all in {@link #build()}. */
    public static final class Builder {
        private final Map<TrainingOption, Object> values = new EnumMap<>(TrainingOption.class);
        private boolean stepsGiven;

        private Builder() {
            for (TrainingOption o : TrainingOption.values()) {
                values.put(o, o.defaultValue());
            }
        }

        /** Sets one setting from a typed value or its text; {@code where} names the source in errors. */
        public Builder set(TrainingOption option, Object value, String where) {
            values.put(option, option.parse(value, where));
            stepsGiven |= option == TrainingOption.STEPS && value != null && !"".equals(value);
            return this;
        }

        /** Sets one setting from a typed value or its text. */
        public Builder set(TrainingOption option, Object value) {
            return set(option, value, "--" + option.key());
        }

        /** Sets every entry of a JSON object; unknown keys are errors naming {@code source}. */
        public Builder setAll(Map<String, Object> json, String source) {
            for (Map.Entry<String, Object> e : json.entrySet()) {
                TrainingOption o = TrainingOption.require(e.getKey(), source);
                if (o.saved() || e.getValue() != null) {
                    set(o, e.getValue(), source + ": \"" + e.getKey() + "\"");
                }
            }
            return this;
        }

        /** The configuration, checked: missing folders and every bad value are named. */
        public TrainingConfig build() {
            if (!stepsGiven && number(TrainingOption.EPOCHS) > 0) {
                values.put(TrainingOption.STEPS, 0);
            }
            TrainingConfig c = new TrainingConfig(
                    new Model(required(TrainingOption.MODEL), path(TrainingOption.INIT_ADAPTER),
                            text(TrainingOption.ATTN_IMPLEMENTATION)),
                    new Data(required(TrainingOption.DATA), path(TrainingOption.EVAL_DATA),
                            number(TrainingOption.EVAL_FRACTION), text(TrainingOption.TEMPLATE),
                            text(TrainingOption.TRAIN_ON), text(TrainingOption.CONVERT),
                            integer(TrainingOption.MAX_LENGTH), text(TrainingOption.TRUNCATION),
                            !flag(TrainingOption.NO_SHUFFLE)),
                    new Lora(integer(TrainingOption.LORA_R), number(TrainingOption.LORA_ALPHA),
                            number(TrainingOption.LORA_DROPOUT), list(TrainingOption.TARGETS)),
                    optimization(),
                    new Hardware(text(TrainingOption.DEVICE), text(TrainingOption.PRECISION),
                            flag(TrainingOption.GRADIENT_CHECKPOINTING)),
                    new Output(required(TrainingOption.OUTPUT), flag(TrainingOption.RESUME),
                            integer(TrainingOption.CHECKPOINT_EVERY), integer(TrainingOption.SAVE_TOTAL_LIMIT),
                            integer(TrainingOption.EVAL_EVERY), integer(TrainingOption.PROGRESS_PORT)));
            TrainingConfigCheck.check(c);
            return c;
        }

        private Optimization optimization() {
            return new Optimization(integer(TrainingOption.STEPS), number(TrainingOption.EPOCHS),
                    number(TrainingOption.LR), text(TrainingOption.SCHEDULER), integer(TrainingOption.WARMUP_STEPS),
                    number(TrainingOption.WEIGHT_DECAY), number(TrainingOption.MAX_GRAD_NORM),
                    integer(TrainingOption.BATCH_SIZE), integer(TrainingOption.GRAD_ACCUM),
                    ((Number) values.get(TrainingOption.SEED)).longValue());
        }

        private Path required(TrainingOption o) {
            Path p = path(o);
            if (p == null) {
                throw new UsageException("missing required flag --" + o.key());
            }
            return p;
        }

        private Path path(TrainingOption o) {
            return (Path) values.get(o);
        }

        private String text(TrainingOption o) {
            return (String) values.get(o);
        }

        private int integer(TrainingOption o) {
            return ((Number) values.get(o)).intValue();
        }

        private double number(TrainingOption o) {
            return ((Number) values.get(o)).doubleValue();
        }

        private boolean flag(TrainingOption o) {
            return (Boolean) values.get(o);
        }

        @SuppressWarnings("unchecked")
        private List<String> list(TrainingOption o) {
            return (List<String>) values.get(o);
        }
    }
}

package io.medreason.core.run;

import io.medreason.core.cli.UsageException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting of a training run, once: its key (the {@code medreason train} flag and the JSON key of
 * {@code training_config.json}), its type, its part of {@link TrainingConfig}, its default (the reference recipe:
 * Qwen2.5-3B-Instruct on medical-o1 in Taiwan Traditional Chinese), the values it allows and a line of help. The
 * command line, the JSON file, the launch configuration's attributes and tabs, {@code train --help} and the README
 * all read the defaults from here.
 */
public enum TrainingOption {
    MODEL("model", Kind.PATH, Part.MODEL, null, "base model folder (config.json, safetensors, tokenizer)"),
    INIT_ADAPTER("init-adapter", Kind.PATH, Part.MODEL, null, "start from this PEFT adapter instead of a new one"),
    ATTN_IMPLEMENTATION("attn-implementation", Kind.CHOICE, Part.MODEL, "sdpa",
            "sdpa: fused scaled_dot_product_attention; eager: materialised scores", "sdpa", "eager"),
    DATA("data", Kind.PATH, Part.DATA, null, "training data: JSON array or JSON Lines"),
    EVAL_DATA("eval-data", Kind.PATH, Part.DATA, null, "held-out data for eval_loss"),
    EVAL_FRACTION("eval-fraction", Kind.DECIMAL, Part.DATA, 0.0, "share of the records held out when no --eval-data"),
    TEMPLATE("template", Kind.TEXT, Part.DATA, "chatml-reasoning",
            "chatml-reasoning, alpaca-reasoning, raw or a template FILE"),
    TRAIN_ON("train-on", Kind.CHOICE, Part.DATA, "assistant", "tokens with loss", "assistant", "all"),
    CONVERT("convert", Kind.CHOICE, Part.DATA, "s2twp", "Chinese conversion of every text field before templating",
            "s2twp", "s2twp-med", "s2tw", "s2t", "none"),
    MAX_LENGTH("max-length", Kind.COUNT, Part.DATA, 2048, "tokens per record"),
    TRUNCATION("truncation", Kind.CHOICE, Part.DATA, "drop", "records over --max-length: left out or cut",
            "drop", "cut"),
    NO_SHUFFLE("no-shuffle", Kind.SWITCH, Part.DATA, false, "keep the records in file order"),
    LORA_R("lora-r", Kind.COUNT, Part.LORA, 32, "LoRA rank"),
    LORA_ALPHA("lora-alpha", Kind.DECIMAL, Part.LORA, 32.0, "LoRA alpha (scale alpha / r)"),
    LORA_DROPOUT("lora-dropout", Kind.DECIMAL, Part.LORA, 0.0, "dropout on the LoRA input, in [0, 1)"),
    TARGETS("targets", Kind.LIST, Part.LORA, TrainingConfig.Lora.ALL_TARGETS, "projections that get an adapter"),
    STEPS("steps", Kind.INTEGER, Part.OPTIMIZATION, 200, "optimizer steps (0: --epochs decides)"),
    EPOCHS("epochs", Kind.DECIMAL, Part.OPTIMIZATION, 0.0, "passes over the data when --steps is not given"),
    LR("lr", Kind.DECIMAL, Part.OPTIMIZATION, 2e-4, "peak learning rate"),
    SCHEDULER("scheduler", Kind.CHOICE, Part.OPTIMIZATION, "linear", "learning-rate schedule after warm-up",
            "linear", "cosine", "constant"),
    WARMUP_STEPS("warmup-steps", Kind.INTEGER, Part.OPTIMIZATION, 5, "linear warm-up steps"),
    WEIGHT_DECAY("weight-decay", Kind.DECIMAL, Part.OPTIMIZATION, 0.01, "AdamW weight decay"),
    MAX_GRAD_NORM("max-grad-norm", Kind.DECIMAL, Part.OPTIMIZATION, 1.0, "global-norm clipping, 0 = off"),
    BATCH_SIZE("batch-size", Kind.COUNT, Part.OPTIMIZATION, 2, "records per micro-batch"),
    GRAD_ACCUM("grad-accum", Kind.COUNT, Part.OPTIMIZATION, 8, "micro-batches per optimizer step"),
    SEED("seed", Kind.LONG, Part.OPTIMIZATION, 3407L, "seed of the adapter init, record order and dropout"),
    DEVICE("device", Kind.CHOICE, Part.HARDWARE, "auto", "where to train", "auto", "cpu", "gpu"),
    PRECISION("precision", Kind.CHOICE, Part.HARDWARE, "auto", "auto: fp16 on a CUDA GPU, fp32 on the CPU",
            "auto", "fp32", "fp16", "bf16"),
    GRADIENT_CHECKPOINTING("gradient-checkpointing", Kind.SWITCH, Part.HARDWARE, false,
            "recompute each decoder layer for backward (less memory)"),
    OUTPUT("output", Kind.PATH, Part.OUTPUT, null, "run folder: checkpoints, metrics.jsonl, the final adapter"),
    RESUME("resume", Kind.SWITCH, Part.OUTPUT, false, "continue from the newest checkpoint in --output"),
    CHECKPOINT_EVERY("checkpoint-every", Kind.INTEGER, Part.OUTPUT, 50, "steps between checkpoints, 0 = none"),
    SAVE_TOTAL_LIMIT("save-total-limit", Kind.INTEGER, Part.OUTPUT, 3,
            "checkpoints kept (older ones deleted after a new one is complete), 0 = all"),
    EVAL_EVERY("eval-every", Kind.INTEGER, Part.OUTPUT, 0, "steps between eval_loss, 0 = at the end only"),
    PROGRESS_PORT(RunProtocol.PORT_FLAG, Kind.INTEGER, Part.OUTPUT, 0,
            "loopback port of a watcher (set by the workbench; not saved)");

    /** The type of a value. */
    public enum Kind {
        /** A folder or file. */
        PATH,
        /** An integer ≥ 0. */
        INTEGER,
        /** An integer ≥ 1. */
        COUNT,
        /** A 64-bit integer. */
        LONG,
        /** A decimal number. */
        DECIMAL,
        /** Free text. */
        TEXT,
        /** One of {@link TrainingOption#choices()}. */
        CHOICE,
        /** A comma-separated list (a JSON array). */
        LIST,
        /** On or off (a flag without a value). */
        SWITCH
    }

    /** The part of {@link TrainingConfig} a setting belongs to. */
    public enum Part {
        MODEL, DATA, LORA, OPTIMIZATION, HARDWARE, OUTPUT
    }

    private static final Map<String, TrainingOption> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(TrainingOption::key, Function.identity()));

    private final String key;
    private final Kind kind;
    private final Part part;
    private final Object defaultValue;
    private final String help;
    private final List<String> choices;

    TrainingOption(String key, Kind kind, Part part, Object defaultValue, String help, String... choices) {
        this.key = key;
        this.kind = kind;
        this.part = part;
        this.defaultValue = defaultValue;
        this.help = help;
        this.choices = List.of(choices);
    }

    /** The flag name and JSON key, e.g. {@code lora-r}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Part part() {
        return part;
    }

    /** The typed default (Path options and required ones: null). */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The default as the command line spells it ("" when none). */
    public String defaultText() {
        return text(defaultValue);
    }

    public String help() {
        return help;
    }

    /** The allowed values of a {@link Kind#CHOICE}, empty otherwise. */
    public List<String> choices() {
        return choices;
    }

    /** Whether this setting is saved in {@code training_config.json} (the progress port is not). */
    public boolean saved() {
        return this != PROGRESS_PORT;
    }

    /** Whether this is a switch (a flag without a value). */
    public boolean isSwitch() {
        return kind == Kind.SWITCH;
    }

    /** The option of a key ({@code lora-r}, or the file's {@code lora_r}), or null. */
    public static TrainingOption of(String key) {
        return BY_KEY.get(key.replace('_', '-'));
    }

    /** The option of a key, or a {@link UsageException} naming it and {@code where}. */
    public static TrainingOption require(String key, String where) {
        TrainingOption o = of(key);
        if (o == null) {
            throw new UsageException(where + ": unknown key '" + key + "'");
        }
        return o;
    }

    /**
     * The typed value of {@code raw} (a string as typed, or a JSON value: number, boolean, string, array, null);
     * {@code where} names the source in errors ({@code "--lr"}, {@code "run.json: \"lr\""}).
     */
    public Object parse(Object raw, String where) {
        if (raw == null || (raw instanceof String s && s.isBlank() && kind != Kind.TEXT)) {
            return kind == Kind.PATH ? null : defaultValue;
        }
        try {
            return switch (kind) {
                case PATH -> Path.of(raw.toString().strip());
                case INTEGER, COUNT -> atLeast(Math.toIntExact(wholeNumber(raw)), where);
                case LONG -> wholeNumber(raw);
                case DECIMAL -> raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString().strip());
                case TEXT -> raw.toString();
                case CHOICE -> choice(raw.toString().strip(), where);
                case LIST -> list(raw);
                case SWITCH -> raw instanceof Boolean b ? b : switchText(raw.toString(), where);
            };
        } catch (NumberFormatException | ArithmeticException | java.nio.file.InvalidPathException e) {
            throw new UsageException(where + " must be " + expected() + ", got '" + raw + "'");
        }
    }

    private String expected() {
        return switch (kind) {
            case INTEGER, COUNT, LONG -> "a whole number";
            case DECIMAL -> "a number";
            case PATH -> "a file or folder path";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The lower bound of a whole-number kind: 0 for {@link Kind#INTEGER}, 1 for {@link Kind#COUNT}. */
    private int atLeast(int value, String where) {
        int min = kind == Kind.COUNT ? 1 : 0;
        if (value < min) {
            throw new UsageException(where + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    private static long wholeNumber(Object raw) {
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return n.longValue();
        }
        return Long.parseLong(raw.toString().strip());
    }

    private String choice(String value, String where) {
        if (!choices.contains(value)) {
            throw new UsageException(where + " must be one of " + String.join("|", choices) + ", got '" + value + "'");
        }
        return value;
    }

    private static List<String> list(Object raw) {
        if (raw instanceof List<?> l) {
            return l.stream().map(String::valueOf).map(String::strip).toList();
        }
        return Arrays.stream(raw.toString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean switchText(String value, String where) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException(where + " must be true or false, got '" + value + "'");
        };
    }

    /** A typed value as the command line spells it: lists joined with commas, whole decimals as 2.0. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> l) {
            return String.join(",", l.stream().map(String::valueOf).toList());
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : d.toString().replace(".0E", "E").replace('E', 'e');
        }
        return value.toString();
    }
}

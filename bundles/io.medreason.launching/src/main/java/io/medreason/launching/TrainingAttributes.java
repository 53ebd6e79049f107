package io.medreason.launching;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.TrainingConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * The attributes of a LoRA Fine-tuning launch configuration: one per {@code medreason train} flag, keyed
 * {@code io.medreason.launching.<flag>} (values as the command line spells them, switches as booleans), with the
 * reference recipe as defaults. Turns a configuration into the run's config JSON and checks it with the engine's own
 * {@link TrainingConfig} validation, so the dialog and the command line refuse the same values.
 */
public final class TrainingAttributes {

    /** Prefix of every attribute key. */
    public static final String PREFIX = TrainingLaunch.PLUGIN_ID + ".";
    /** Heap of the child JVM, e.g. {@code 6g}. */
    public static final String HEAP = PREFIX + "heap";
    /** Seconds Terminate waits for the checkpoint after a stop request before it kills the child. */
    public static final String STOP_TIMEOUT = PREFIX + "stopTimeoutSeconds";

    /** Defaults of the valued flags, in the order the tabs show them (the reference recipe). */
    public static final Map<String, String> DEFAULTS = defaults();

    private TrainingAttributes() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        String[] pairs = {"model", "", "data", "", "output", "", "init-adapter", "", "steps", "200", "epochs", "0",
            "lr", "2e-4", "scheduler", "linear", "warmup-steps", "5", "weight-decay", "0.01", "max-grad-norm", "1.0",
            "batch-size", "2", "grad-accum", "8", "max-length", "2048", "lora-r", "32", "lora-alpha", "32",
            "lora-dropout", "0", "targets", String.join(",", TrainingConfig.ALL_TARGETS), "template",
            "chatml-reasoning", "train-on", "assistant", "convert", "s2twp", "seed", "3407", "precision", "auto",
            "device", "auto", "attn-implementation", "sdpa", "checkpoint-every", "50", "eval-data", "", "eval-fraction", "0", "eval-every", "0", "truncation", "drop"};
        for (int i = 0; i < pairs.length; i += 2) {
            d.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(d);
    }

    /** The attribute key of a flag. */
    public static String key(String flag) {
        return PREFIX + flag;
    }

    /** The value of a valued flag (its default when unset). */
    public static String get(ILaunchConfiguration c, String flag) throws CoreException {
        return c.getAttribute(key(flag), DEFAULTS.getOrDefault(flag, ""));
    }

    /** Whether a switch ({@code resume}, {@code no-shuffle}, {@code gradient-checkpointing}) is on. */
    public static boolean isOn(ILaunchConfiguration c, String flag) throws CoreException {
        return c.getAttribute(key(flag), false);
    }

    /** Writes every default into a new configuration. */
    public static void setDefaults(ILaunchConfigurationWorkingCopy c) {
        DEFAULTS.forEach((flag, value) -> c.setAttribute(key(flag), value));
        for (String s : TrainingConfig.SWITCHES) {
            c.setAttribute(key(s), false);
        }
        c.setAttribute(HEAP, "6g");
        c.setAttribute(STOP_TIMEOUT, 120);
    }

    /** The run's config JSON: the keys of {@code medreason train --config}, blank values left out. */
    public static Map<String, Object> configJson(ILaunchConfiguration c) throws CoreException {
        Map<String, Object> json = new LinkedHashMap<>();
        for (String flag : DEFAULTS.keySet()) {
            String v = get(c, flag).strip();
            if (!v.isEmpty()) {
                json.put(flag, flag.equals("targets") ? List.of(v.split("\\s*,\\s*")) : number(v));
            }
        }
        for (String s : TrainingConfig.SWITCHES) {
            json.put(s, isOn(c, s));
        }
        return json;
    }

    private static Object number(String v) {
        try {
            return v.matches("[+-]?\\d+") ? (Object) Long.parseLong(v) : v;
        } catch (NumberFormatException e) {
            return v;
        }
    }

    /**
     * What is wrong with a configuration, in one line for the dialog's message line, or null when it can be
     * launched: missing model/data/output, a model folder without {@code config.json}, and every value the engine's
     * {@link TrainingConfig} refuses.
     */
    public static String validate(ILaunchConfiguration c) throws CoreException {
        String model = get(c, "model").strip();
        String data = get(c, "data").strip();
        if (model.isEmpty()) {
            return "Choose the base model folder (Model tab)";
        }
        if (!Files.isRegularFile(Path.of(model).resolve("config.json"))) {
            return "Model folder " + model + " has no config.json";
        }
        if (data.isEmpty()) {
            return "Choose the training data set (Data tab)";
        }
        if (!Files.isRegularFile(Path.of(data))) {
            return "Data set " + data + " does not exist";
        }
        if (get(c, "output").isBlank()) {
            return "Choose the run folder (Output tab)";
        }
        String eval = get(c, "eval-data").strip();
        if (!eval.isEmpty() && !Files.isRegularFile(Path.of(eval))) {
            return "Eval data set " + eval + " does not exist";
        }
        try {
            TrainingConfig.fromFlags(Flags.parse(args(c), TrainingConfig.VALUED, TrainingConfig.SWITCHES));
            return null;
        } catch (UsageException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The configuration as {@code medreason train} flags (what validation checks). */
    public static List<String> args(ILaunchConfiguration c) throws CoreException {
        List<String> args = new ArrayList<>();
        for (Map.Entry<String, Object> e : configJson(c).entrySet()) {
            if (e.getValue() instanceof Boolean b) {
                if (b) {
                    args.add("--" + e.getKey());
                }
            } else if (!e.getKey().equals(RunProtocol.PORT_FLAG)) {
                args.add("--" + e.getKey());
                args.add(e.getValue() instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf)
                        .toList()) : String.valueOf(e.getValue()));
            }
        }
        return args;
    }
}

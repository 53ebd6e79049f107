package io.medreason.launching;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;

/**
 * The attributes of a LoRA Fine-tuning launch configuration: one per {@code medreason train} flag, keyed
 * {@code io.medreason.launching.<flag>} (values as the command line spells them, switches as booleans), with the
 * defaults of {@link TrainingOption}. {@link #toConfig} turns a configuration into the typed {@link TrainingConfig}
 * (whose checks are the dialog's validation) and {@link #set} back.
 */
public final class TrainingAttributes {

    /** Prefix of every attribute key. */
    public static final String PREFIX = TrainingLaunch.PLUGIN_ID + ".";
    /** Heap of the child JVM, e.g. {@code 6g}. */
    public static final String HEAP = PREFIX + "heap";
    /** Seconds Terminate waits for the checkpoint after a stop request before it kills the child. */
    public static final String STOP_TIMEOUT = PREFIX + "stopTimeoutSeconds";

    /** Defaults of the valued flags as the tabs show them, from {@link TrainingOption} (the reference recipe). */
    public static final Map<String, String> DEFAULTS = defaults();

    private TrainingAttributes() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        for (TrainingOption o : TrainingOption.values()) {
            if (!o.isSwitch() && o.saved()) {
                d.put(o.key(), o.defaultText());
            }
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

    /** The typed configuration a launch configuration describes (checked: bad values are named). */
    public static TrainingConfig toConfig(ILaunchConfiguration c) throws CoreException {
        return toConfig(c.getAttributes());
    }

    /** The typed configuration of launch attributes (strings as typed on the tabs, switches as booleans). */
    public static TrainingConfig toConfig(Map<String, Object> attributes) {
        TrainingConfig.Builder b = TrainingConfig.builder();
        for (TrainingOption o : TrainingOption.values()) {
            Object v = attributes.get(key(o.key()));
            if (o.saved() && v != null && !(v instanceof String text && text.isBlank())) {
                b.set(o, v);
            }
        }
        return b.build();
    }

    /** The launch attributes of a configuration: every saved setting as the tabs spell it. */
    public static Map<String, Object> attributes(TrainingConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        config.values().forEach((o, v) -> {
            if (o.saved()) {
                out.put(key(o.key()), o.isSwitch() ? (Object) v : TrainingOption.text(v));
            }
        });
        return out;
    }

    /** Sets every saved setting of {@code config} on a working copy. */
    public static void set(ILaunchConfigurationWorkingCopy c, TrainingConfig config) {
        attributes(config).forEach((k, v) -> {
            if (v instanceof Boolean b) {
                c.setAttribute(k, b.booleanValue());
            } else {
                c.setAttribute(k, (String) v);
            }
        });
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
            toConfig(c);
            return null;
        } catch (UsageException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}

package io.medreason.core.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message between a training run (a child JVM) and whoever watches it, in one place. Messages are JSON Lines:
 * one JSON object per line, UTF-8, with a {@code "type"} key. The trainer writes the same lines to
 * {@code <output>/metrics.jsonl} and, when started with {@code --progress-port N}, to a loopback socket it opens to
 * port N. On that socket the watcher may send back one line, {@value #STOP} (or {@code {"type":"stop"}}), which makes
 * the trainer save a checkpoint and exit with status 0.
 *
 * <p>Trainer → watcher, by {@code type}:
 * <ul>
 * <li>{@value #START}: {@code total_steps, records, skipped_records, truncated_records, tokens, eval_records, device,
 * precision, memory} (the memory estimate, an object of byte counts) and the run configuration under {@code config};</li>
 * <li>{@value #STEP}: one per optimizer step: {@code step, epoch, loss, lr, grad_norm, tokens_per_second,
 * samples_per_second, elapsed_s}, and {@code loss_scale} (fp16 runs) and {@code eval_loss} (steps that evaluated),
 * plus {@code skipped: true} when fp16 overflow skipped the update;</li>
 * <li>{@value #CHECKPOINT}: {@code step, path};</li>
 * <li>{@value #SUMMARY}: at the end, Hugging Face Trainer's names: {@code train_runtime, train_samples_per_second,
 * train_steps_per_second, train_loss, total_flos, global_step, epoch}, and {@code stopped: true} when stopped early;</li>
 * <li>{@value #ERROR}: {@code message}, just before the trainer exits with a non-zero status.</li>
 * </ul>
 * Keys are Hugging Face's where it has one; numbers that are not finite are written as {@code null}.
 */
public final class RunProtocol {

    /** Key holding the message type. */
    public static final String TYPE = "type";
    public static final String START = "start";
    public static final String STEP = "step";
    public static final String CHECKPOINT = "checkpoint";
    public static final String SUMMARY = "summary";
    public static final String ERROR = "error";
    /** The one message a watcher sends to the trainer. */
    public static final String STOP = "stop";

    /** Name of the metrics file in the run's output folder. */
    public static final String METRICS_FILE = "metrics.jsonl";
    /** The run's configuration as the engine writes it (the typed JSON form of the train flags). */
    public static final String TRAINING_CONFIG_FILE = "training_config.json";
    /** The run's configuration as the workbench's launch writes it for the child JVM. */
    public static final String LAUNCH_CONFIG_FILE = "launch-config.json";
    /** A run folder's configuration files, in the order they are read. */
    public static final List<String> CONFIG_FILES = List.of(TRAINING_CONFIG_FILE, LAUNCH_CONFIG_FILE);
    /** The command line flag that names the watcher's loopback port. */
    public static final String PORT_FLAG = "progress-port";

    private RunProtocol() {
    }

    /** A message of {@code type} with the given keys and values in order (key, value, key, value…). */
    public static Map<String, Object> message(String type, Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(TYPE, type);
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    /** One line (no line break) for a message. */
    public static String encode(Map<String, Object> message) {
        return Json.write(message);
    }

    /** Parses one line; throws {@link IllegalArgumentException} for a line that is not a JSON object. */
    public static Map<String, Object> decode(String line) {
        return Json.parseObject(line.strip());
    }

    /** The type of a decoded message, or "" when it has none. */
    public static String typeOf(Map<String, Object> message) {
        Object t = message.get(TYPE);
        return t == null ? "" : t.toString();
    }

    /** True for a stop request: {@code stop} or {@code {"type":"stop"}}. */
    public static boolean isStop(String line) {
        String s = line.strip();
        if (s.equals(STOP)) {
            return true;
        }
        try {
            return s.startsWith("{") && STOP.equals(typeOf(decode(s)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A number from a decoded message, or NaN when absent or null. */
    public static double number(Map<String, Object> message, String key) {
        return message.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}

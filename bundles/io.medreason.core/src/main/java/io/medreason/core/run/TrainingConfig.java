package io.medreason.core.run;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a {@code medreason train} run is told, immutable. The JSON form ({@code --config FILE.json}, and what
 * the launch configuration writes) uses the command line's flag names as keys ({@code "lora-r": 32}); flags given on
 * the command line override the file. Defaults are the reference recipe (Qwen2.5-3B-Instruct on medical-o1 in Taiwan
 * Traditional Chinese): r 32, alpha 32, dropout 0, all seven projections, lr 2e-4, linear schedule, 5 warm-up steps,
 * weight decay 0.01, batch 2 × accumulation 8, 200 steps, 2048 tokens, seed 3407, s2twp, chatml-reasoning,
 * loss on the assistant part only.
 *
 * @param steps optimizer steps; 0 when {@code epochs} decides
 * @param epochs passes over the data when {@code steps} is 0
 * @param maxGradNorm global-norm clipping threshold, 0 = off
 * @param evalFraction share of the records held out for evaluation when there is no {@code evalData}
 * @param attnImplementation "sdpa" ({@code torch.scaled_dot_product_attention}, the default) or "eager"
 * @param progressPort loopback port of a watcher to report to, 0 = none
 * @param precision "auto" (the default: fp16 on a CUDA GPU, fp32 on the CPU), "fp32", "fp16" or "bf16"
 * @param truncation "drop" (the default: records longer than {@code maxLength} are left out, so no reasoning trace
 *     loses its end-of-turn token) or "cut" (they are shortened to {@code maxLength})
 */
public record TrainingConfig(Path model, Path data, Path output, Path initAdapter, boolean resume, int steps,
        double epochs, double lr, String scheduler, int warmupSteps, double weightDecay, double maxGradNorm,
        int batchSize, int gradAccum, int maxLength, int loraR, double loraAlpha, double loraDropout,
        List<String> targets, String template, String trainOn, String convert, long seed, boolean shuffle,
        String precision, String device, boolean gradientCheckpointing, String attnImplementation,
        int checkpointEvery, Path evalData, double evalFraction, int evalEvery, int progressPort, String truncation) {

    /** All seven projections of a Qwen2 layer. */
    public static final List<String> ALL_TARGETS =
            List.of("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj");

    /** Flags that take a value (the keys of the JSON form). */
    public static final Set<String> VALUED = Set.of("model", "data", "output", "config", "init-adapter", "steps",
            "epochs", "lr", "scheduler", "warmup-steps", "weight-decay", "max-grad-norm", "batch-size", "grad-accum",
            "max-length", "lora-r", "lora-alpha", "lora-dropout", "targets", "template", "train-on", "convert", "seed",
            "precision", "device", "attn-implementation", "checkpoint-every", "eval-data", "eval-fraction", "eval-every",
            "truncation", RunProtocol.PORT_FLAG);
    /** Flags that are switches. */
    public static final Set<String> SWITCHES = Set.of("resume", "no-shuffle", "gradient-checkpointing");

    public TrainingConfig {
        targets = List.copyOf(targets);
    }

    /** Parses the command line, reading {@code --config FILE.json} first when given (flags override it). */
    public static TrainingConfig fromArgs(List<String> args) {
        Flags first = Flags.parse(args, VALUED, SWITCHES);
        List<String> merged = new ArrayList<>();
        if (first.has("config")) {
            merged.addAll(argsFromJson(Path.of(first.string("config", ""))));
        }
        merged.addAll(args);
        return fromFlags(Flags.parse(merged, VALUED, SWITCHES));
    }

    /** Builds a config from parsed flags; values are checked and bad ones named. */
    public static TrainingConfig fromFlags(Flags f) {
        TrainingConfig c = new TrainingConfig(Path.of(f.required("model")), Path.of(f.required("data")),
                Path.of(f.required("output")), optionalPath(f, "init-adapter"), f.has("resume"),
                f.integer("steps", f.has("epochs") ? 0 : 200), f.decimal("epochs", 0), f.decimal("lr", 2e-4),
                f.string("scheduler", "linear"), f.integer("warmup-steps", 5), f.decimal("weight-decay", 0.01),
                f.decimal("max-grad-norm", 1.0), f.integer("batch-size", 2), f.integer("grad-accum", 8),
                f.integer("max-length", 2048), f.integer("lora-r", 32), f.decimal("lora-alpha", 32),
                f.decimal("lora-dropout", 0), Arrays.asList(f.string("targets", String.join(",", ALL_TARGETS))
                        .split("\\s*,\\s*")), f.string("template", "chatml-reasoning"),
                f.string("train-on", "assistant"), f.string("convert", "s2twp"), f.longValue("seed", 3407),
                !f.has("no-shuffle"), f.string("precision", "auto"), f.string("device", "auto"),
                f.has("gradient-checkpointing"), f.string("attn-implementation", "sdpa"),
                f.integer("checkpoint-every", 50), optionalPath(f, "eval-data"),
                f.decimal("eval-fraction", 0), f.integer("eval-every", 0), f.integer(RunProtocol.PORT_FLAG, 0),
                f.string("truncation", "drop"));
        c.validate();
        return c;
    }

    private void validate() {
        oneOf("scheduler", scheduler, "linear", "cosine", "constant");
        oneOf("train-on", trainOn, "assistant", "all");
        oneOf("convert", convert, "s2twp", "s2twp-med", "s2tw", "s2t", "none");
        oneOf("precision", precision, "auto", "fp32", "fp16", "bf16");
        oneOf("truncation", truncation, "drop", "cut");
        oneOf("device", device, "auto", "cpu", "gpu");
        oneOf("attn-implementation", attnImplementation, "sdpa", "eager");
        positive("batch-size", batchSize);
        positive("grad-accum", gradAccum);
        positive("max-length", maxLength);
        positive("lora-r", loraR);
        if (steps <= 0 && epochs <= 0) {
            throw new UsageException("give --steps N or --epochs E greater than 0");
        }
        if (lr <= 0 || weightDecay < 0 || maxGradNorm < 0 || warmupSteps < 0 || loraDropout < 0 || loraDropout >= 1) {
            throw new UsageException("--lr must be > 0; --weight-decay, --max-grad-norm, --warmup-steps >= 0; "
                    + "--lora-dropout in [0, 1)");
        }
        if (evalFraction < 0 || evalFraction >= 1) {
            throw new UsageException("--eval-fraction must be in [0, 1), got " + evalFraction);
        }
        for (String t : targets) {
            if (!ALL_TARGETS.contains(t)) {
                throw new UsageException("--targets: unknown module '" + t + "' (expected some of " + ALL_TARGETS + ")");
            }
        }
    }

    private static void oneOf(String flag, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new UsageException("--" + flag + " must be one of " + String.join("|", allowed) + ", got '" + value
                    + "'");
        }
    }

    private static void positive(String flag, int value) {
        if (value <= 0) {
            throw new UsageException("--" + flag + " must be at least 1, got " + value);
        }
    }

    private static Path optionalPath(Flags f, String name) {
        return f.has(name) ? Path.of(f.string(name, "")) : null;
    }

    /** Turns a JSON config file into the equivalent flags (true switches become {@code --name}). */
    static List<String> argsFromJson(Path file) {
        Map<String, Object> map;
        try {
            map = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("--config " + file + ": " + e.getMessage(), e);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String key = e.getKey().replace('_', '-');
            Object v = e.getValue();
            if (SWITCHES.contains(key)) {
                if (Boolean.TRUE.equals(v)) {
                    out.add("--" + key);
                }
            } else if (VALUED.contains(key) && !key.equals("config")) {
                if (v != null) {
                    out.add("--" + key);
                    out.add(v instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                            : v instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue())
                            : String.valueOf(v));
                }
            } else {
                throw new UsageException("--config " + file + ": unknown key '" + e.getKey() + "'");
            }
        }
        return out;
    }

    /** The JSON form (flag names as keys), e.g. to save beside the run's outputs. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model.toString());
        m.put("data", data.toString());
        m.put("output", output.toString());
        m.put("init-adapter", initAdapter == null ? null : initAdapter.toString());
        m.put("steps", steps);
        m.put("epochs", epochs);
        m.put("lr", lr);
        m.put("scheduler", scheduler);
        m.put("warmup-steps", warmupSteps);
        m.put("weight-decay", weightDecay);
        m.put("max-grad-norm", maxGradNorm);
        m.put("batch-size", batchSize);
        m.put("grad-accum", gradAccum);
        m.put("max-length", maxLength);
        m.put("lora-r", loraR);
        m.put("lora-alpha", loraAlpha);
        m.put("lora-dropout", loraDropout);
        m.put("targets", targets);
        m.put("template", template);
        m.put("train-on", trainOn);
        m.put("convert", convert);
        m.put("seed", seed);
        m.put("no-shuffle", !shuffle);
        m.put("precision", precision);
        m.put("device", device);
        m.put("gradient-checkpointing", gradientCheckpointing);
        m.put("attn-implementation", attnImplementation);
        m.put("checkpoint-every", checkpointEvery);
        m.put("eval-data", evalData == null ? null : evalData.toString());
        m.put("eval-fraction", evalFraction);
        m.put("eval-every", evalEvery);
        m.put("truncation", truncation);
        return m;
    }

    /** Effective batch: records per optimizer step. */
    public int effectiveBatch() {
        return batchSize * gradAccum;
    }
}

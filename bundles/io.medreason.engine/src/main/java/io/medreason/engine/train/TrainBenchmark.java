package io.medreason.engine.train;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.cli.Benchmark;
import io.medreason.engine.cli.HardwareProbe;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Config;
import io.medreason.engine.model.Qwen2Model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * {@code medreason bench train}: LoRA training steps on a random model with Qwen2.5-0.5B's dimensions (r 32 on all
 * seven projections, batch 1, one sequence per length, activation checkpointing from 2048 tokens, SDPA attention unless
 * {@code --attn-implementation eager|both}): seconds per step,
 * tokens/s, peak resident memory, and model-FLOPs utilisation against the GEMM rate measured in the same run, on a
 * wall-clock basis and on a CPU-time basis (process CPU seconds / threads of the timed steps), which holds when
 * other processes compete for the cores.
 * Model FLOPs per step: forward 2·N·T plus attention 4·L·T²·D, backward the input gradients only (the base is frozen:
 * 2·N·T, attention twice the forward), plus 6 × LoRA parameters × T; recomputation is not counted.
 */
public final class TrainBenchmark implements Benchmark {

    @Override
    public String kind() {
        return "train";
    }

    @Override
    public String summary() {
        return "LoRA r=32 training steps: s/step, tokens/s, peak RSS, MFU vs measured GEMM "
                + "[--lengths 512,2048] [--steps 2] [--warmup 1] [--checkpointing-from 2048] [--device auto|cpu|gpu] "
                + "[--attn-implementation sdpa|eager|both] [--dims 0.5b|3b] [--precision fp32|fp16]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("lengths", "steps", "warmup", "checkpointing-from", "device", "rank",
                "attn-implementation", "dims", "precision"), Set.of());
        int[] lengths = Arrays.stream(flags.string("lengths", "512,2048").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        int steps = flags.integer("steps", 2);
        int warmup = flags.integer("warmup", 1);
        int rank = flags.integer("rank", 32);
        int checkpointFrom = flags.integer("checkpointing-from", 2048);
        List<AttnImplementation> attentions = attentions(flags.string("attn-implementation", "sdpa"));
        if (steps < 1 || warmup < 0 || Arrays.stream(lengths).anyMatch(l -> l < 2)) {
            throw new UsageException("--steps must be >= 1 and every length >= 2");
        }
        Engine.init();
        Engine.seed(1234);
        Device device = Engine.chooseDevice(flags.string("device", "auto"));
        String dims = flags.string("dims", "0.5b");
        Qwen2Config cfg = switch (dims) {
            case "0.5b" -> Qwen2Config.qwen25HalfB();
            case "3b" -> Qwen2Config.qwen25ThreeB();
            default -> throw new UsageException("--dims must be 0.5b or 3b, got '" + dims + "'");
        };
        DataType dtype = switch (flags.string("precision", "fp32")) {
            case "fp32" -> DataType.FLOAT32;
            case "fp16" -> DataType.FLOAT16;
            default -> throw new UsageException("--precision must be fp32 or fp16, got '"
                    + flags.string("precision", "") + "'");
        };
        int threads = Engine.threads();
        out.printf(Locale.ROOT, "bench train: random Qwen2.5-%s-sized model, LoRA r=%d on all 7 projections, batch 1,"
                + " %s, load average %.1f%n", dims.toUpperCase(Locale.ROOT), rank, Engine.describe(device, dtype),
                HardwareProbe.loadAverage());
        try (NDManager probe = NDManager.newBaseManager(device);
                Qwen2Model model = Qwen2Model.random(cfg, device, dtype)) {
            HardwareProbe.Rate gemm = HardwareProbe.gemmRate(probe, 2048, dtype, 3, threads);
            out.printf(Locale.ROOT, "measured GEMM peak %.1f GFLOP/s (2048x2048 %s; CPU time: %.1f)%n", gemm.wall(),
                    dtype.name().toLowerCase(Locale.ROOT), gemm.cpu());
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(rank, rank, 0, LoraConfig.ALL_TARGETS), 1);
            long loraParams = adapter.parameters().values().stream().mapToLong(a -> a.getShape().size()).sum();
            for (int length : lengths) {
                for (AttnImplementation attention : attentions) {
                    model.setAttnImplementation(attention);
                    boolean ckpt = length >= checkpointFrom;
                    CausalLm lm = ckpt ? new CheckpointedQwen2(model) : TrainingRun.modelView(model);
                    StepTime time = timeSteps(model, lm, adapter, length, warmup, steps, threads,
                            dtype == DataType.FLOAT16);
                    double seconds = time.wall();
                    double cpuSeconds = time.cpu();
                    double flops = modelFlops(cfg, loraParams, length);
                    out.printf(Locale.ROOT, "length %d, %s attention%s: %.2f s/step, %.1f tokens/s, %.1f model GFLOP/s"
                            + " = %.1f%% MFU (CPU time: %.2f s/step, %.1f%% MFU), peak RSS %.2f GiB, %.3f samples/s%n",
                            length,
                            attention.flagValue(), ckpt ? ", checkpointing" : "", seconds, length / seconds,
                            flops / seconds / 1e9, 100 * flops / seconds / 1e9 / gemm.wall(), cpuSeconds,
                            100 * flops / cpuSeconds / 1e9 / gemm.cpu(), peakRssGiB(), 1 / seconds);
                }
            }
        }
        return 0;
    }

    private static List<AttnImplementation> attentions(String value) {
        if (value.equals("both")) {
            return List.of(AttnImplementation.SDPA, AttnImplementation.EAGER);
        }
        try {
            return List.of(AttnImplementation.of(value));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--attn-implementation must be sdpa, eager or both, got '" + value + "'");
        }
    }

    /** Seconds per step: wall clock, and process CPU time per PyTorch thread. */
    record StepTime(double wall, double cpu) {
    }

    /** Mean time of {@code steps} optimizer steps after {@code warmup} untimed ones, on one random sequence. */
    private static StepTime timeSteps(Qwen2Model model, CausalLm lm, LoraAdapter adapter, int length, int warmup,
            int steps, int threads, boolean lossScaling)
            throws IOException {
        long[] ids = new Random(length).longs(length, 0, model.config().vocabSize()).toArray();
        List<TokenizedExample> data = new ArrayList<>(List.of(new TokenizedExample(ids, 0)));
        TrainerOptions options = new TrainerOptions(warmup + steps,
                new LrSchedule("constant", 1e-5, 0, warmup + steps), 0, 1.0, 1, 1, 0, 1, false, 0, 0, 0, false);
        Path scratch = Files.createTempDirectory("bench-train");
        Trainer trainer = new Trainer(lm, adapter.parameters(), model.manager(), options, data, List.of(),
                new Checkpoints(scratch), dir -> { }, new TrainingListener() { });
        try (AdamW optimizer = trainer.optimizer()) {
            TrainerState state = new TrainerState();
            LossScaler scaler = new LossScaler(lossScaling, state);
            model.setTraining(true);
            for (int i = 0; i < warmup; i++) {
                trainer.step(state, scaler);
            }
            long start = System.nanoTime();
            long cpu0 = HardwareProbe.cpuNanos();
            for (int i = 0; i < steps; i++) {
                trainer.step(state, scaler);
            }
            return new StepTime((System.nanoTime() - start) / 1e9 / steps,
                    HardwareProbe.perThread(HardwareProbe.cpuNanos() - cpu0, threads) / 1e9 / steps);
        } finally {
            model.setTraining(false);
            Files.deleteIfExists(scratch);
        }
    }

    static double modelFlops(Qwen2Config c, long loraParams, int t) {
        long d = c.hiddenSize();
        long q = (long) c.numAttentionHeads() * c.headDim();
        long kv = (long) c.numKeyValueHeads() * c.headDim();
        long perLayer = d * q + 2 * d * kv + q * d + 3 * d * c.intermediateSize();
        double linear = 2.0 * t * perLayer * c.numHiddenLayers() + 2.0 * (t - 1) * d * c.vocabSize();
        double attention = 4.0 * c.numHiddenLayers() * (double) t * t * q;
        return 2 * linear + 3 * attention + 6.0 * loraParams * t;
    }

    /** Peak resident set size of this process (VmHWM), GiB; NaN where /proc is missing. */
    static double peakRssGiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}

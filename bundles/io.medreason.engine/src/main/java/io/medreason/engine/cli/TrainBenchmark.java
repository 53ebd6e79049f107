package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.util.cuda.CudaUtils;

import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.core.run.MemoryEstimate;
import io.medreason.core.run.ModelDims;
import io.medreason.engine.Engine;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Config;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.train.AdamW;
import io.medreason.engine.train.CausalLm;
import io.medreason.engine.train.CheckpointedQwen2;
import io.medreason.engine.train.Checkpoints;
import io.medreason.engine.train.LossScaler;
import io.medreason.engine.train.LrSchedule;
import io.medreason.engine.train.PeakMemory;
import io.medreason.engine.train.TokenizedExample;
import io.medreason.engine.train.Trainer;
import io.medreason.engine.train.TrainerOptions;
import io.medreason.engine.train.TrainerState;
import io.medreason.engine.train.TrainingListener;
import io.medreason.engine.train.TrainingRun;

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
 * {@code medreason bench train}: LoRA training steps on a random model with Qwen2.5-0.5B's dimensions (or 3B's, with
 * {@code --dims 3b}): r 32 on all seven projections, batch 1, one sequence per length, SDPA attention unless
 * {@code --attn-implementation eager|both}, precision {@code auto} unless given. Each row prints seconds per step,
 * tokens/s, model-FLOPs utilisation against the GEMM rate measured in the same run (on a wall-clock basis and on a
 * CPU-time basis, which holds when other processes compete for the cores), and the memory the step really held —
 * the peak resident set of the process on the CPU (the peak is reset before each row), the memory PyTorch's CUDA
 * allocator holds on a GPU — beside the {@link MemoryEstimate} that {@code train} checks before it starts.
 * Model FLOPs per step: forward 2·N·T plus attention 4·L·T²·D, backward the input gradients only (the base is frozen:
 * 2·N·T, attention twice the forward), plus 6 × LoRA parameters × T; recomputation is not counted.
 */
public final class TrainBenchmark implements Benchmark {

    /** Goals of the T4 recipe issue, checked on 0.5B dimensions in FP32 on the CPU: GiB at (tokens, checkpointing). */
    private static final double GOAL_512_PLAIN = 5.0;
    private static final double GOAL_2048_CHECKPOINTED = 4.5;

    @Override
    public String kind() {
        return "train";
    }

    @Override
    public String summary() {
        return "LoRA r=32 training steps: s/step, tokens/s, MFU vs measured GEMM, peak memory vs the estimate "
                + "[--lengths 512,1024,2048] [--checkpointing auto|on|off|both] [--checkpointing-from 2048] "
                + "[--steps 1] [--warmup 1] [--device auto|cpu|gpu] [--precision auto|fp32|fp16] "
                + "[--dims 0.5b|3b] [--attn-implementation sdpa|eager|both]";
    }

    /** What one row ran and held. */
    record Row(int length, boolean checkpointing, AttnImplementation attention, StepTime time, double peakGiB,
            double estimateGiB) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("lengths", "steps", "warmup", "checkpointing", "checkpointing-from",
                "device", "rank", "attn-implementation", "precision", "dims"), Set.of());
        Settings s = Settings.of(flags);
        Engine.init();
        Engine.seed(1234);
        Device device = Engine.chooseDevice(flags.string("device", "auto"));
        DataType dtype = precision(flags.string("precision", "auto"), device);
        int threads = Engine.threads();
        double before = PeakMemory.currentGiB();
        out.printf(Locale.ROOT, "bench train: random Qwen2.5-%s-sized model, LoRA r=%d on all 7 projections, batch 1,"
                + " %s, load average %.1f; resident before the model %.2f GiB%n", s.sizeName(), s.rank(),
                Engine.describe(device, dtype), HardwareProbe.loadAverage(), before);
        List<Row> rows = new ArrayList<>();
        try (NDManager probe = NDManager.newBaseManager(device);
                Qwen2Model model = Qwen2Model.random(s.config(), device, dtype)) {
            HardwareProbe.Rate gemm = HardwareProbe.gemmRate(probe, 2048, dtype, 3, threads);
            out.printf(Locale.ROOT, "measured GEMM peak %.1f GFLOP/s (2048x2048 %s; CPU time: %.1f)%n", gemm.wall(),
                    dtype == DataType.FLOAT16 ? "fp16" : "fp32", gemm.cpu());
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(s.rank(), s.rank(), 0,
                    LoraConfig.ALL_TARGETS), 1);
            long loraParams = adapter.parameters().values().stream().mapToLong(a -> a.getShape().size()).sum();
            for (int length : s.lengths()) {
                for (boolean ckpt : s.checkpointing(length)) {
                    for (AttnImplementation attention : s.attentions()) {
                        Row row = row(model, adapter, s, length, ckpt, attention, threads, dtype);
                        rows.add(row);
                        print(out, row, s.config(), loraParams, gemm);
                    }
                }
            }
        }
        goals(out, rows, s, device, dtype);
        return 0;
    }

    private static Row row(Qwen2Model model, LoraAdapter adapter, Settings s, int length, boolean ckpt,
            AttnImplementation attention, int threads, DataType dtype) throws IOException {
        model.setAttnImplementation(attention);
        CausalLm lm = ckpt ? new CheckpointedQwen2(model) : TrainingRun.modelView(model);
        PeakMemory.reset();
        StepTime time = timeSteps(model, lm, adapter, length, s.warmup(), s.steps(), threads);
        double peak = model.device().isGpu() ? gpuHeldGiB(model.device()) : PeakMemory.peakGiB();
        return new Row(length, ckpt, attention, time, peak, estimateGiB(s, length, ckpt, attention, dtype));
    }

    private static void print(PrintStream out, Row r, Qwen2Config cfg, long loraParams, HardwareProbe.Rate gemm) {
        double flops = modelFlops(cfg, loraParams, r.length());
        double seconds = r.time().wall();
        out.printf(Locale.ROOT, "length %d, %s attention%s: %.2f s/step, %.1f tokens/s, %.1f model GFLOP/s = %.1f%% MFU"
                + " (CPU time: %.2f s/step, %.1f%% MFU); memory %.2f GiB measured, %.2f GiB estimated (%+.0f%%), "
                + "%.3f samples/s%n",
                r.length(), r.attention().flagValue(), r.checkpointing() ? ", checkpointing" : "", seconds,
                r.length() / seconds, flops / seconds / 1e9, 100 * flops / seconds / 1e9 / gemm.wall(),
                r.time().cpu(), 100 * flops / r.time().cpu() / 1e9 / gemm.cpu(), r.peakGiB(), r.estimateGiB(),
                100 * (r.estimateGiB() / r.peakGiB() - 1), 1 / seconds);
    }

    /** The estimate-vs-measured verdict and the two memory goals (0.5B dimensions, FP32, CPU). */
    private static void goals(PrintStream out, List<Row> rows, Settings s, Device device, DataType dtype) {
        double worst = rows.stream().mapToDouble(r -> Math.abs(r.estimateGiB() / r.peakGiB() - 1)).max().orElse(0);
        out.printf(Locale.ROOT, "estimate vs measured: largest difference %.0f%% of the measured peak (goal: within "
                + "25%% in every row)%n", 100 * worst);
        if (device.isGpu() || dtype != DataType.FLOAT32 || s.config().hiddenSize() != 896) {
            return;
        }
        for (Row r : rows) {
            if (r.length() == 512 && !r.checkpointing()) {
                goal(out, "512 tokens without checkpointing", r.peakGiB(), GOAL_512_PLAIN);
            } else if (r.length() == 2048 && r.checkpointing()) {
                goal(out, "2048 tokens with checkpointing", r.peakGiB(), GOAL_2048_CHECKPOINTED);
            }
        }
    }

    private static void goal(PrintStream out, String what, double measured, double goal) {
        out.printf(Locale.ROOT, "goal, peak RSS at %s <= %.1f GiB: %.2f GiB, %s%n", what, goal, measured,
                measured <= goal ? "met" : "NOT met");
    }

    /** The estimate {@code train} would print for this row, GiB (the device's size does not matter here). */
    static double estimateGiB(Settings s, int length, boolean ckpt, AttnImplementation attention, DataType dtype) {
        MemoryEstimate.Settings settings = new MemoryEstimate.Settings(1, 1, length, s.rank(), LoraConfig.ALL_TARGETS,
                dtype == DataType.FLOAT16 ? 2 : 4, ckpt, attention == AttnImplementation.SDPA);
        return new MemoryEstimate(s.dims()).estimate(settings, Long.MAX_VALUE).total() / (double) (1L << 30);
    }

    /** Memory in use on the GPU after the step (PyTorch's caching allocator keeps its peak reserved), GiB. */
    private static double gpuHeldGiB(Device device) {
        var usage = CudaUtils.getGpuMemory(device);
        return usage.getCommitted() / (double) (1L << 30);
    }

    private static DataType precision(String value, Device device) {
        return switch (value) {
            case "auto" -> TrainingRun.autoPrecision(device).dataType();
            case "fp32" -> DataType.FLOAT32;
            case "fp16" -> DataType.FLOAT16;
            default -> throw new UsageException("--precision must be auto, fp32 or fp16, got '" + value + "'");
        };
    }

    /** The parsed flags. */
    record Settings(int[] lengths, int steps, int warmup, int rank, String checkpointing, int checkpointFrom,
            List<AttnImplementation> attentions, String sizeName) {

        static Settings of(Flags flags) {
            int[] lengths = Arrays.stream(flags.string("lengths", "512,1024,2048").split(",")).map(String::trim)
                    .mapToInt(Integer::parseInt).toArray();
            Settings s = new Settings(lengths, flags.integer("steps", 1), flags.integer("warmup", 1),
                    flags.integer("rank", 32), flags.string("checkpointing", "auto"),
                    flags.integer("checkpointing-from", 2048), TrainBenchmark.attentions(flags.string("attn-implementation", "sdpa")),
                    flags.string("dims", "0.5b"));
            if (s.steps() < 1 || s.warmup() < 0 || Arrays.stream(lengths).anyMatch(l -> l < 2)) {
                throw new UsageException("--steps must be >= 1 and every length >= 2");
            }
            if (!List.of("auto", "on", "off", "both").contains(s.checkpointing())) {
                throw new UsageException("--checkpointing must be auto, on, off or both, got '" + s.checkpointing() + "'");
            }
            if (!List.of("0.5b", "3b").contains(s.sizeName())) {
                throw new UsageException("--dims must be 0.5b or 3b, got '" + s.sizeName() + "'");
            }
            return s;
        }

        /** With and/or without checkpointing at {@code length}. */
        List<Boolean> checkpointing(int length) {
            return switch (checkpointing) {
                case "on" -> List.of(true);
                case "off" -> List.of(false);
                case "both" -> List.of(false, true);
                default -> List.of(length >= checkpointFrom);
            };
        }

        Qwen2Config config() {
            return sizeName.equals("3b") ? Qwen2Config.qwen25ThreeB() : Qwen2Config.qwen25HalfB();
        }

        ModelDims dims() {
            return sizeName.equals("3b") ? ModelDims.QWEN25_3B : ModelDims.QWEN25_05B;
        }
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
            int steps, int threads) throws IOException {
        long[] ids = new Random(length).longs(length, 0, model.config().vocabSize()).toArray();
        List<TokenizedExample> data = new ArrayList<>(List.of(new TokenizedExample(ids, 0)));
        TrainerOptions options = new TrainerOptions(warmup + steps,
                new LrSchedule("constant", 1e-5, 0, warmup + steps), 0, 1.0, 1, 1, 0, 1, false, 0, 0, 0,
                model.dtype() == DataType.FLOAT16);
        Path scratch = Files.createTempDirectory("bench-train");
        Trainer trainer = new Trainer(lm, adapter.parameters(), model.manager(), options, data, List.of(),
                new Checkpoints(scratch), dir -> { }, new TrainingListener() { });
        try (AdamW optimizer = trainer.optimizer()) {
            TrainerState state = new TrainerState();
            LossScaler scaler = new LossScaler(options.lossScaling(), state);
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
}

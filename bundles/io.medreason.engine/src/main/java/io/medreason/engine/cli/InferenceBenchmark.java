package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.Generator;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.DecodeKernel;
import io.medreason.engine.model.Qwen2Config;
import io.medreason.engine.model.Qwen2Model;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * {@code medreason bench infer}: a random model with Qwen2.5-0.5B's dimensions; prefill and greedy decode rates,
 * compared with the measured GEMM rate (prefill is compute-bound) and memory bandwidth (decode is memory-bound: every
 * layer weight and the lm_head are read once per token, so the limit is the read bandwidth divided by those bytes).
 * Decode is measured through {@link Generator}, the path {@code ask} takes, for the base model and for base + a LoRA
 * adapter (rank 32 on all 7 projections, merged for asking), each the best of {@code --repeats} runs. Every figure is
 * given by the wall clock and by CPU time (per thread), the second being what an idle machine would show when other
 * processes share the cores.
 */
public final class InferenceBenchmark implements Benchmark {

    private static final LoraConfig ADAPTER = LoraConfig.of(32, 64, 0, LoraConfig.ALL_TARGETS);

    @Override
    public String kind() {
        return "infer";
    }

    @Override
    public String summary() {
        return "prefill/decode tokens/s vs measured GEMM GFLOP/s and memory bandwidth, base and base+adapter "
                + "[--prompt-tokens 256] [--new-tokens 32] [--repeats 3] [--device auto|cpu|gpu] "
                + "(threads: MEDREASON_THREADS)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("prompt-tokens", "new-tokens", "repeats", "device"), Set.of());
        int promptTokens = flags.integer("prompt-tokens", 256);
        int newTokens = flags.integer("new-tokens", 32);
        int repeats = flags.integer("repeats", 3);
        if (promptTokens < 1 || newTokens < 2 || repeats < 1) {
            throw new UsageException("--prompt-tokens must be >= 1, --new-tokens >= 2 and --repeats >= 1");
        }
        Engine.init();
        Engine.seed(1234);
        Device device = Engine.chooseDevice(flags.string("device", "auto"));
        DataType dtype = Engine.defaultType(device);
        Qwen2Config cfg = Qwen2Config.qwen25HalfB();
        int threads = Engine.threads();
        out.printf(Locale.ROOT, "bench infer: random Qwen2.5-0.5B-sized model (%d M parameters), %s, load average"
                + " %.1f%n", cfg.parameterCount() / 1_000_000, Engine.describe(device, dtype), HardwareProbe.loadAverage());
        try (NDManager probe = NDManager.newBaseManager(device)) {
            HardwareProbe.Rate gemm = HardwareProbe.gemmRate(probe, 2048, dtype, 4, threads);
            out.printf(Locale.ROOT, "measured GEMM %.1f GFLOP/s (2048², %s; CPU time: %.1f)%n", gemm.wall(), dtype,
                    gemm.cpu());
            long[] prompt = new Random(7).longs(promptTokens, 0, cfg.vocabSize()).toArray();
            try (Qwen2Model model = Qwen2Model.random(cfg, device, dtype)) {
                Figures f = new Figures(cfg, dtype, promptTokens, threads);
                DecodeKernel fastest = DecodeKernel.fastest(model);
                try (Generator generator = new Generator(model, null, fastest)) {
                    out.println("decoding with " + generator.decodeKernel() + unavailable(model));
                    prefill(generator, prompt, f, gemm, out);
                    decode("base", generator, prompt, newTokens, repeats, f, probe, out);
                }
                if (fastest != DecodeKernel.PYTORCH) {
                    try (Generator generator = new Generator(model, null, DecodeKernel.PYTORCH)) {
                        decode("base, " + DecodeKernel.PYTORCH.label() + " (for comparison)", generator, prompt,
                                newTokens, repeats, f, probe, out);
                    }
                }
                LoraAdapter.create(model, ADAPTER, 5);
                try (Generator generator = new Generator(model, null, fastest)) {
                    decode("base+adapter (r 32, all 7 projections, merged for asking)", generator, prompt, newTokens,
                            repeats, f, probe, out);
                }
            }
        }
        return 0;
    }

    /** Why the Java vector kernels are not used, or nothing. */
    private static String unavailable(Qwen2Model model) {
        String why = DecodeKernel.javaVectorUnavailable(model);
        return why == null ? "" : " (the Java vector kernels are not used: " + why + ")";
    }

    /** The model's work per token and the run's settings. */
    private record Figures(Qwen2Config cfg, DataType dtype, int promptTokens, int threads) {

        long head() {
            return (long) cfg.vocabSize() * cfg.hiddenSize();
        }

        long layerWeights() {
            return cfg.parameterCount() - head() * (cfg.tieWordEmbeddings() ? 1 : 2);
        }

        /** Bytes of weights read per decoded token: every layer weight and the lm_head. */
        double bytesPerToken() {
            return (double) (layerWeights() + head()) * dtype.getNumOfBytes();
        }

        double prefillFlops() {
            double attention = 4.0 * promptTokens * promptTokens * cfg.numAttentionHeads() * cfg.headDim()
                    * cfg.numHiddenLayers(); // QKᵀ and PV over the whole T × T square
            return 2.0 * layerWeights() * promptTokens + attention + 2.0 * head(); // lm_head: last position
        }
    }

    private static void prefill(Generator generator, long[] prompt, Figures f, HardwareProbe.Rate gemm,
            PrintStream out) {
        generator.generate(prompt, GenerationConfig.greedy(2), null); // warm up
        long best = Long.MAX_VALUE;
        long cpu0 = HardwareProbe.cpuNanos();
        for (int i = 0; i < 2; i++) {
            best = Math.min(best, generator.generate(prompt, GenerationConfig.greedy(1), null).prefillNanos());
        }
        double cpu = HardwareProbe.perThread((HardwareProbe.cpuNanos() - cpu0) / 2, f.threads());
        double wall = f.prefillFlops() / best;
        double cpuRate = f.prefillFlops() / cpu;
        out.printf(Locale.ROOT, "prefill: %d tokens in %.2f s = %.1f tokens/s = %.1f GFLOP/s = %.0f%% of GEMM"
                + " | CPU time: %.1f GFLOP/s = %.0f%% of GEMM%n", f.promptTokens(), best / 1e9,
                f.promptTokens() / (best / 1e9), wall, 100 * wall / gemm.wall(), cpuRate, 100 * cpuRate / gemm.cpu());
    }

    /**
     * The best of {@code repeats} greedy decodes of {@code newTokens}, against the read bandwidth measured just
     * before; the CPU time of a prefill alone is subtracted from each run's.
     */
    private static void decode(String what, Generator generator, long[] prompt, int newTokens, int repeats,
            Figures f, NDManager probe, PrintStream out) {
        generator.generate(prompt, GenerationConfig.greedy(newTokens), null); // warm up: the kernels compiled
        long cpu0 = HardwareProbe.cpuNanos();
        generator.generate(prompt, GenerationConfig.greedy(1), null);
        long prefillCpu = HardwareProbe.cpuNanos() - cpu0;
        HardwareProbe.Rate bandwidth = HardwareProbe.bandwidthRate(probe, 1L << 30, 4, f.threads());
        double bestWall = 0;
        double bestCpu = 0;
        int decoded = 0;
        for (int i = 0; i < repeats; i++) {
            long c0 = HardwareProbe.cpuNanos();
            Generator.Result r = generator.generate(prompt, GenerationConfig.greedy(newTokens), null);
            double cpu = HardwareProbe.perThread(HardwareProbe.cpuNanos() - c0 - prefillCpu, f.threads());
            decoded = r.tokens().length - 1;
            bestWall = Math.max(bestWall, r.decodeTokensPerSecond());
            bestCpu = Math.max(bestCpu, decoded / (cpu / 1e9));
        }
        double limitWall = bandwidth.wall() * 1e9 / f.bytesPerToken();
        double limitCpu = bandwidth.cpu() * 1e9 / f.bytesPerToken();
        out.printf(Locale.ROOT, "decode, %s: %d tokens at %.2f tokens/s (best of %d); memory read bandwidth %.1f GB/s"
                + " / %.2f GB of weights per token = limit %.2f tokens/s: %.0f%% of the limit | CPU time: %.2f"
                + " tokens/s of %.2f = %.0f%%; load average %.1f%n", what, decoded, bestWall, repeats,
                bandwidth.wall(), f.bytesPerToken() / 1e9, limitWall, 100 * bestWall / limitWall, bestCpu, limitCpu,
                100 * bestCpu / limitCpu, HardwareProbe.loadAverage());
    }
}

package io.medreason.engine.cli;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.cli.Flags;
import io.medreason.core.cli.UsageException;
import io.medreason.engine.Engine;
import io.medreason.engine.generate.GenerationConfig;
import io.medreason.engine.generate.Generator;
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
 * layer weight and the lm_head are read once per token). Every figure is given by the wall clock and by CPU time
 * (per thread), the second being what an idle machine would show when other processes share the cores.
 */
public final class InferenceBenchmark implements Benchmark {

    @Override
    public String kind() {
        return "infer";
    }

    @Override
    public String summary() {
        return "prefill/decode tokens/s vs measured GEMM GFLOP/s and memory bandwidth "
                + "[--prompt-tokens 256] [--new-tokens 32] [--device auto|cpu|gpu] (threads: MEDREASON_THREADS)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Flags flags = Flags.parse(args, Set.of("prompt-tokens", "new-tokens", "device"), Set.of());
        int promptTokens = flags.integer("prompt-tokens", 256);
        int newTokens = flags.integer("new-tokens", 32);
        if (promptTokens < 1 || newTokens < 2) {
            throw new UsageException("--prompt-tokens must be >= 1 and --new-tokens >= 2");
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
            HardwareProbe.Rate bandwidth = HardwareProbe.bandwidthRate(probe, 1L << 30, 4, threads);
            out.printf(Locale.ROOT, "measured GEMM %.1f GFLOP/s (2048², %s; CPU time: %.1f), memory read bandwidth"
                    + " %.1f GB/s (CPU time: %.1f)%n", gemm.wall(), dtype, gemm.cpu(), bandwidth.wall(), bandwidth.cpu());
            try (Qwen2Model model = Qwen2Model.random(cfg, device, dtype)) {
                report(model, cfg, dtype, promptTokens, newTokens, gemm, bandwidth, threads, out);
            }
        }
        return 0;
    }

    private static void report(Qwen2Model model, Qwen2Config cfg, DataType dtype, int promptTokens, int newTokens,
            HardwareProbe.Rate gemm, HardwareProbe.Rate bandwidth, int threads, PrintStream out) {
        long[] prompt = new Random(7).longs(promptTokens, 0, cfg.vocabSize()).toArray();
        Generator generator = new Generator(model, null);
        generator.generate(prompt, GenerationConfig.greedy(2), null); // warm up
        long cpu0 = HardwareProbe.cpuNanos();
        Generator.Result first = generator.generate(prompt, GenerationConfig.greedy(1), null);
        long cpu1 = HardwareProbe.cpuNanos();
        Generator.Result r = generator.generate(prompt, GenerationConfig.greedy(newTokens), null);
        long cpu2 = HardwareProbe.cpuNanos();
        double prefillCpu = HardwareProbe.perThread(cpu1 - cpu0, threads);
        double decodeCpu = HardwareProbe.perThread((cpu2 - cpu1) - (cpu1 - cpu0), threads);

        long head = (long) cfg.vocabSize() * cfg.hiddenSize();
        long layerWeights = cfg.parameterCount() - head * (cfg.tieWordEmbeddings() ? 1 : 2);
        double attention = 4.0 * promptTokens * promptTokens * cfg.numAttentionHeads() * cfg.headDim()
                * cfg.numHiddenLayers(); // QKᵀ and PV over the whole T × T square
        double prefillFlops = 2.0 * layerWeights * promptTokens + attention + 2.0 * head; // lm_head: last position
        double bytesPerToken = (double) (layerWeights + head) * dtype.getNumOfBytes();
        int decoded = r.tokens().length - 1;

        double prefillWall = prefillFlops / Math.min(first.prefillNanos(), r.prefillNanos());
        double prefillCpuRate = prefillFlops / prefillCpu;
        out.printf(Locale.ROOT, "prefill: %d tokens in %.2f s = %.1f tokens/s = %.1f GFLOP/s = %.0f%% of GEMM"
                + " | CPU time: %.1f GFLOP/s = %.0f%% of GEMM%n", promptTokens, r.prefillNanos() / 1e9,
                promptTokens / (r.prefillNanos() / 1e9), prefillWall, 100 * prefillWall / gemm.wall(), prefillCpuRate,
                100 * prefillCpuRate / gemm.cpu());
        double decodeWall = r.decodeTokensPerSecond();
        double decodeCpuRate = decoded / (decodeCpu / 1e9);
        double limitWall = bandwidth.wall() * 1e9 / bytesPerToken;
        double limitCpu = bandwidth.cpu() * 1e9 / bytesPerToken;
        out.printf(Locale.ROOT, "decode: %d tokens at %.2f tokens/s; bandwidth limit %.2f tokens/s (%.2f GB per"
                + " token) = %.0f%% | CPU time: %.2f tokens/s of %.2f = %.0f%%%n", decoded, decodeWall, limitWall,
                bytesPerToken / 1e9, 100 * decodeWall / limitWall, decodeCpuRate, limitCpu,
                100 * decodeCpuRate / limitCpu);
    }
}

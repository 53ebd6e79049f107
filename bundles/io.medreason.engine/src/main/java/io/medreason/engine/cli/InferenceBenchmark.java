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
 * compared with the measured GEMM rate (prefill is compute-bound: ≈ 2 × weights FLOPs per token) and memory
 * bandwidth (decode is memory-bound: every weight is read once per token).
 */
public final class InferenceBenchmark implements Benchmark {

    @Override
    public String kind() {
        return "infer";
    }

    @Override
    public String summary() {
        return "prefill/decode tokens/s vs measured GEMM GFLOP/s and memory bandwidth "
                + "[--prompt-tokens 256] [--new-tokens 32] [--device auto|cpu|gpu]";
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
        out.println("bench infer: random Qwen2.5-0.5B-sized model (" + cfg.parameterCount() / 1_000_000
                + " M parameters), " + Engine.describe(device, dtype));
        try (NDManager probe = NDManager.newBaseManager(device)) {
            double gemm = HardwareProbe.gemmGflops(probe, 2048, dtype, 3);
            double bandwidth = HardwareProbe.readBandwidthGBs(probe, 1L << 30, 3);
            out.printf(Locale.ROOT, "measured GEMM %.1f GFLOP/s (2048², %s), memory read bandwidth %.1f GB/s%n", gemm,
                    dtype, bandwidth);
            try (Qwen2Model model = Qwen2Model.random(cfg, device, dtype)) {
                report(model, cfg, dtype, promptTokens, newTokens, gemm, bandwidth, out);
            }
        }
        return 0;
    }

    private static void report(Qwen2Model model, Qwen2Config cfg, DataType dtype, int promptTokens, int newTokens,
            double gemm, double bandwidth, PrintStream out) {
        long[] prompt = new Random(7).longs(promptTokens, 0, cfg.vocabSize()).toArray();
        Generator generator = new Generator(model, null);
        generator.generate(prompt, GenerationConfig.greedy(2), null); // warm up
        Generator.Result r = generator.generate(prompt, GenerationConfig.greedy(newTokens), null);
        long head = (long) cfg.vocabSize() * cfg.hiddenSize();
        long layerWeights = cfg.parameterCount() - head * (cfg.tieWordEmbeddings() ? 1 : 2);
        long matmulWeights = layerWeights + head; // what one decode step reads: every layer + lm_head
        double attention = 4.0 * promptTokens * promptTokens * cfg.numAttentionHeads() * cfg.headDim()
                * cfg.numHiddenLayers(); // QKᵀ and PV over the whole T × T square
        double prefillFlops = 2.0 * layerWeights * promptTokens + attention + 2.0 * head; // lm_head: last position
        double prefillRate = promptTokens / (r.prefillNanos() / 1e9);
        double prefillGflops = prefillFlops / r.prefillNanos();
        double decodeRate = r.decodeTokensPerSecond();
        double bytesPerToken = (double) matmulWeights * dtype.getNumOfBytes();
        double decodeLimit = bandwidth * 1e9 / bytesPerToken;
        out.printf(Locale.ROOT, "prefill: %d tokens in %.2f s = %.1f tokens/s = %.1f GFLOP/s = %.0f%% of GEMM%n",
                promptTokens, r.prefillNanos() / 1e9, prefillRate, prefillGflops, 100 * prefillGflops / gemm);
        out.printf(Locale.ROOT, "decode: %d tokens at %.2f tokens/s; bandwidth limit %.2f tokens/s (%.2f GB of weights"
                + " per token) = %.0f%% of the limit%n", r.tokens().length - 1, decodeRate, decodeLimit,
                bytesPerToken / 1e9, 100 * decodeRate / decodeLimit);
    }
}

package io.medreason.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much memory a LoRA training run needs, before it starts: frozen weights, LoRA weights with their gradients and
 * AdamW state, activations kept for the backward pass at this batch and length, and the logits. An estimate (it
 * counts the tensors eager PyTorch keeps, not allocator slack), meant to refuse runs that cannot fit and to say which
 * settings would.
 *
 * <p>Per token and layer the backward pass keeps about {@code 6D + 3·H·Dh + 4·K·Dh + 4I} activations (inputs of the
 * norms, projections, RoPE, SiLU and products), plus {@code 2·H·T} for eager attention's scores and probabilities
 * (none with fused attention). Gradient checkpointing keeps only each layer's input and recomputes one layer at a
 * time. The LM head runs in chunks of at most {@value #LOGIT_ROWS} label positions (the engine's chunked loss), whose
 * fp32 logits exist about three times at once (values, log-softmax, gradient).
 */
public final class MemoryEstimate {

    /** Bytes per LoRA weight: fp32 master, gradient, and AdamW's two moments. */
    static final int LORA_BYTES_PER_PARAM = 16;
    /** Label positions whose vocabulary-sized logits the trainer makes at once. */
    public static final int LOGIT_ROWS = 1024;
    /** Headroom for the runtime (CUDA context, allocator, workspace) added to every estimate. */
    static final long RUNTIME_OVERHEAD = 512L << 20;

    /** Settings of a run that matter for memory. */
    public record Settings(int batchSize, int gradAccum, int maxLength, int loraRank, List<String> targets,
            int weightBytes, boolean gradientCheckpointing, boolean fusedAttention) {

        /** The same settings with another batch, accumulation, length and checkpointing. */
        Settings with(int batch, int accum, int length, boolean checkpointing) {
            return new Settings(batch, accum, length, loraRank, targets, weightBytes, checkpointing, fusedAttention);
        }
    }

    /** The figures of one estimate, in bytes. */
    public record Breakdown(long weights, long loraAndOptimizer, long activations, long logits, long total,
            long available) {

        public boolean fits() {
            return total <= available;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "weights %s + LoRA+optimizer %s + activations %s + logits %s "
                    + "+ runtime %s = %s of %s available", gib(weights), gib(loraAndOptimizer), gib(activations),
                    gib(logits), gib(RUNTIME_OVERHEAD), gib(total), gib(available));
        }
    }

    private final ModelDims dims;

    public MemoryEstimate(ModelDims dims) {
        this.dims = dims;
    }

    /** The estimate for {@code s} against {@code availableBytes} of device memory. */
    public Breakdown estimate(Settings s, long availableBytes) {
        long weights = dims.parameterCount() * s.weightBytes();
        long lora = dims.loraParameterCount(s.loraRank(), s.targets()) * LORA_BYTES_PER_PARAM;
        long tokens = (long) s.batchSize() * s.maxLength();
        int actBytes = s.weightBytes();
        long perLayerToken = 6L * dims.hiddenSize() + 3L * dims.qWidth() + 4L * dims.kvWidth()
                + 4L * dims.intermediateSize() + 7L * s.loraRank()
                + (s.fusedAttention() ? 0 : 2L * dims.numAttentionHeads() * s.maxLength());
        long activations = s.gradientCheckpointing()
                ? tokens * actBytes * ((long) dims.numHiddenLayers() * dims.hiddenSize() + perLayerToken)
                : tokens * actBytes * dims.numHiddenLayers() * perLayerToken;
        long logits = Math.min(tokens, LOGIT_ROWS) * dims.vocabSize() * 4L * 3;
        long total = weights + lora + activations + logits + RUNTIME_OVERHEAD;
        return new Breakdown(weights, lora, activations, logits, total, availableBytes);
    }

    /**
     * Settings that fit, changed as little as possible: first gradient checkpointing, then a smaller batch with more
     * accumulation (same effective batch), then a shorter maximum length (down to 256). Null when nothing fits.
     */
    public Settings suggest(Settings s, long availableBytes) {
        List<Settings> tries = new ArrayList<>();
        tries.add(s.with(s.batchSize(), s.gradAccum(), s.maxLength(), true));
        for (int b = s.batchSize() / 2; b >= 1; b /= 2) {
            tries.add(s.with(b, s.gradAccum() * s.batchSize() / b, s.maxLength(), true));
        }
        for (int len = s.maxLength() / 2; len >= 256; len /= 2) {
            tries.add(s.with(1, s.gradAccum() * s.batchSize(), len, true));
        }
        return tries.stream().filter(t -> estimate(t, availableBytes).fits()).findFirst().orElse(null);
    }

    /** The flags that turn {@code from} into {@code to}, e.g. {@code --gradient-checkpointing --batch-size 1}. */
    public static String flagsFor(Settings from, Settings to) {
        StringBuilder out = new StringBuilder();
        if (to.gradientCheckpointing() && !from.gradientCheckpointing()) {
            out.append(" --gradient-checkpointing");
        }
        if (to.batchSize() != from.batchSize()) {
            out.append(" --batch-size ").append(to.batchSize()).append(" --grad-accum ").append(to.gradAccum());
        }
        if (to.maxLength() != from.maxLength()) {
            out.append(" --max-length ").append(to.maxLength());
        }
        return out.toString().strip();
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }
}

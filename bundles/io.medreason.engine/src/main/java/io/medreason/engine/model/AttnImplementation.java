package io.medreason.engine.model;

import java.util.Arrays;
import java.util.Locale;

/** Transformers' {@code attn_implementation} values this engine knows. */
public enum AttnImplementation {
    /** Scores materialised, softmax in FP32 (modeling_qwen2's eager path). */
    EAGER,
    /** {@code torch.scaled_dot_product_attention}: fused kernels, no (T, S) scores kept. */
    SDPA;

    /** The name used on the command line and in configs: "eager" or "sdpa". */
    public String flagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "eager" or "sdpa". */
    public static AttnImplementation of(String value) {
        return Arrays.stream(values()).filter(v -> v.flagValue().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("attention implementation must be eager or sdpa, got '"
                        + value + "'"));
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Transformers' "sdpa" attention: {@code torch.scaled_dot_product_attention} through a {@link TorchScriptModule},
 * with k and v repeated to every query head first (repeat_kv), so that PyTorch picks its fused kernels (flash
 * attention on the CPU, memory-efficient or flash attention on CUDA) and never materialises the (T, S) scores.
 * A purely causal mask (no padding, no past) is passed as {@code is_causal}, which lets the kernel skip the
 * blocks above the diagonal; any other mask is passed as it is; a single new token with nothing masked gets none.
 */
public final class SdpaAttention implements AttentionKernel, AutoCloseable {

    private final TorchScriptModule module;

    /** Compiles the module on the device of {@code manager}. */
    public SdpaAttention(NDManager manager) {
        this.module = TorchScriptModule.load(manager, "SdpaAttention", "sdpa_attention.torchscript");
    }

    @Override
    public NDArray attend(NDArray q, NDArray k, NDArray v, NDArray mask, boolean causal) {
        if (causal) {
            return module.call("causal", q, k, v);
        }
        if (mask == null) {
            return module.call("unmasked", q, k, v);
        }
        long b = mask.getShape().get(0);
        long t = mask.getShape().get(3);
        long s = mask.getShape().get(4);
        return module.call("forward", q, k, v, mask.reshape(b, 1, t, s)); // (B|1, 1, 1, T, S) -> (B|1, 1, T, S)
    }

    @Override
    public void close() {
        module.close();
    }
}

package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Qwen2MLP: {@code down_proj(silu(gate_proj(x)) * up_proj(x))}. */
public final class Mlp {

    private final Linear gate;
    private final Linear up;
    private final Linear down;

    public Mlp(Linear gate, Linear up, Linear down) {
        this.gate = gate;
        this.up = up;
        this.down = down;
    }

    /** (B, T, D) -> (B, T, D). */
    public NDArray forward(NDArray x, boolean training) {
        NDArray x32 = gate.lora() != null || up.lora() != null ? Casts.to(x, DataType.FLOAT32) : null;
        NDArray g = gate.forward(x, x32, training); // (B, T, I)
        NDArray silu = g.mul(g.getNDArrayInternal().sigmoid());
        return down.forward(silu.mul(up.forward(x, x32, training)), training);
    }

    Linear gate() {
        return gate;
    }

    Linear up() {
        return up;
    }

    Linear down() {
        return down;
    }
}

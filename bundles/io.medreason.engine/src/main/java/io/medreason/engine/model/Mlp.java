package io.medreason.engine.model;

import ai.djl.ndarray.NDArray;

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
        NDArray g = gate.forward(x, training); // (B, T, I)
        NDArray silu = g.mul(g.getNDArrayInternal().sigmoid());
        return down.forward(silu.mul(up.forward(x, training)), training);
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

package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AdamW as {@code torch.optim.AdamW} computes it: decoupled weight decay {@code p ← p·(1 − lr·wd)}, then
 * {@code m ← β1·m + (1−β1)·g}, {@code v ← β2·v + (1−β2)·g²}, {@code p ← p − lr/(1−β1ᵗ) · m / (√v/√(1−β2ᵗ) + ε)}.
 * The moments live in the optimizer's own manager, outside every step's scope; updates run outside any gradient
 * collector (the parameters are leaves that require gradients and are changed in place).
 */
public final class AdamW implements AutoCloseable {

    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPS = 1e-8;

    private final Map<String, NDArray> params;
    private final double weightDecay;
    private final NDManager manager;
    private final Map<String, NDArray> m = new LinkedHashMap<>();
    private final Map<String, NDArray> v = new LinkedHashMap<>();
    private long step;

    /** @param params the trained parameters by name (their gradients are read after backward) */
    public AdamW(Map<String, NDArray> params, double weightDecay, NDManager parent) {
        this.params = params;
        this.weightDecay = weightDecay;
        this.manager = parent.newSubManager();
        params.forEach((name, p) -> {
            m.put(name, manager.zeros(p.getShape(), p.getDataType()));
            v.put(name, manager.zeros(p.getShape(), p.getDataType()));
        });
    }

    /** One update with learning rate {@code lr}, reading each parameter's gradient. */
    public void step(double lr) {
        step++;
        double bc1 = 1 - Math.pow(BETA1, step);
        double bc2Sqrt = Math.sqrt(1 - Math.pow(BETA2, step));
        try (NDScope scope = new NDScope()) {
            for (Map.Entry<String, NDArray> e : params.entrySet()) {
                NDArray p = e.getValue();
                NDArray g = p.getGradient();
                NDArray mi = m.get(e.getKey());
                NDArray vi = v.get(e.getKey());
                if (weightDecay != 0) {
                    p.muli(1 - lr * weightDecay);
                }
                mi.muli(BETA1).addi(g.mul(1 - BETA1));
                vi.muli(BETA2).addi(g.square().muli(1 - BETA2));
                NDArray denom = vi.sqrt().divi(bc2Sqrt).addi(EPS);
                p.subi(mi.div(denom).muli(lr / bc1));
            }
        }
    }

    /** Number of updates made so far (Adam's t). */
    public long stepCount() {
        return step;
    }

    /** The state to checkpoint: {@code NAME.exp_avg} and {@code NAME.exp_avg_sq} for every parameter. */
    public Map<String, NDArray> state() {
        Map<String, NDArray> out = new LinkedHashMap<>();
        m.forEach((k, a) -> out.put(k + ".exp_avg", a));
        v.forEach((k, a) -> out.put(k + ".exp_avg_sq", a));
        return out;
    }

    /** Restores a checkpointed state; names and shapes must match the parameters. */
    public void restore(Map<String, NDArray> state, long steps) {
        for (String name : params.keySet()) {
            copyInto(state, name + ".exp_avg", m.get(name));
            copyInto(state, name + ".exp_avg_sq", v.get(name));
        }
        this.step = steps;
    }

    private static void copyInto(Map<String, NDArray> state, String key, NDArray target) {
        NDArray source = state.get(key);
        if (source == null || !source.getShape().equals(target.getShape())) {
            throw new IllegalArgumentException("optimizer state '" + key + "' is missing or has another shape");
        }
        target.set(source.toType(target.getDataType(), false).toFloatArray());
    }

    @Override
    public void close() {
        manager.close();
    }
}

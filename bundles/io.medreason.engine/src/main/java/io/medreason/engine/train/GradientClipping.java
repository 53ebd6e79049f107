package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;

import java.util.Collection;

/**
 * Global-norm gradient clipping ({@code torch.nn.utils.clip_grad_norm_}): the L2 norm over all gradients together;
 * when it exceeds {@code maxNorm} every gradient is scaled by {@code maxNorm / (norm + 1e-6)}. DJL's own
 * {@code clipGrad} is per element, which is not what Hugging Face does.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /** The global L2 norm of the gradients (before clipping). */
    public static double norm(Collection<NDArray> params) {
        try (NDScope scope = new NDScope()) {
            NDList norms = new NDList();
            for (NDArray p : params) {
                norms.add(p.getGradient().norm());
            }
            return NDArrays.stack(norms).norm().getFloat();
        }
    }

    /** Clips in place when {@code maxNorm > 0}; returns the norm before clipping. */
    public static double clip(Collection<NDArray> params, double maxNorm) {
        double norm = norm(params);
        if (maxNorm > 0 && Double.isFinite(norm)) {
            double coef = maxNorm / (norm + 1e-6);
            if (coef < 1) {
                try (NDScope scope = new NDScope()) {
                    params.forEach(p -> p.getGradient().muli(coef));
                }
            }
        }
        return norm;
    }

    /** Sets every gradient to zero (a fill, so NaN and infinity are cleared too). */
    public static void zero(Collection<NDArray> params) {
        try (NDScope scope = new NDScope()) {
            params.forEach(p -> p.getGradient().set(new NDIndex("..."), 0f));
        }
    }
}

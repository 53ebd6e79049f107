package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;

import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.Linear;
import io.medreason.engine.model.LoraLayer;

/**
 * Gives every LoRA branch of an adapter its own copies of A and B before training updates them in place. DJL 0.33's
 * {@code toType(sameType, copy=true)} does not copy, so arrays made from a memory-mapped file or a Java buffer can
 * still alias that memory (read-only, or freed by the garbage collector); {@code duplicate()} is a real PyTorch clone.
 */
final class OwnedLora {

    private OwnedLora() {
    }

    /** Replaces each branch by one with cloned A and B (same scaling, the given dropout). */
    static void own(LoraAdapter adapter, double dropout) {
        for (Linear linear : adapter.modules().values()) {
            LoraLayer old = linear.lora();
            NDArray a = old.a().duplicate();
            NDArray b = old.b().duplicate();
            linear.setLora(new LoraLayer(a, b, old.scaling(), (float) dropout));
            old.close();
        }
    }
}

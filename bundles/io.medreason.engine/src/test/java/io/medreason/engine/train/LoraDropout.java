package io.medreason.engine.train;

import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.Linear;
import io.medreason.engine.model.LoraLayer;

/** Test helper: switches an adapter's LoRA dropout (the reference adapter is saved with dropout 0). */
final class LoraDropout {

    private LoraDropout() {
    }

    /** Replaces each branch by one with the same A, B and scaling and the given dropout. */
    static void set(LoraAdapter adapter, double dropout) {
        for (Linear linear : adapter.modules().values()) {
            LoraLayer old = linear.lora();
            linear.setLora(new LoraLayer(old.a(), old.b(), old.scaling(), (float) dropout));
        }
    }
}

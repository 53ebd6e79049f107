package io.medreason.engine.generate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.model.Qwen2Model;
import java.util.Arrays;

/**
 * The reference path of one sequence: the whole sequence through the {@link Qwen2Model} as it is (LoRA branches
 * unmerged, no cache) at every token, the last logits row copied to the host and sampled there by {@link Sampler}.
 */
final class ReferenceDecoding implements Decoding {

    private final Qwen2Model model;
    private final Sampler sampler;

    ReferenceDecoding(Qwen2Model model, GenerationConfig config) {
        this.model = model;
        this.sampler = new Sampler(config);
    }

    @Override
    public int next(long[] seq, int len) {
        long[] all = Arrays.copyOf(seq, len);
        try (NDManager step = model.manager().newSubManager()) {
            NDArray ids = step.create(all, new Shape(1, len));
            float[] logits = model.lastLogits(ids, null, null).toFloatArray(); // (1, V)
            return sampler.next(logits, all);
        }
    }

    @Override
    public void close() {
    }
}

package io.medreason.engine.generate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.medreason.engine.model.AskingModel;
import io.medreason.engine.model.KvCache;
import java.util.Arrays;

/**
 * The fast path of one sequence: only the tokens not yet in the preallocated cache go through the
 * {@link AskingModel} (the prompt at the first call, then one token), the logits stay on the device and the
 * {@link DeviceSampler} returns the token id.
 */
final class CachedDecoding implements Decoding {

    private final AskingModel model;
    private final NDManager manager;
    private final KvCache cache;
    private final DeviceSampler sampler;

    /** @param capacity prompt + maximum new tokens */
    CachedDecoding(AskingModel model, GenerationConfig config, int capacity) {
        this.model = model;
        this.manager = model.model().manager().newSubManager();
        this.cache = model.newCache(capacity);
        this.sampler = new DeviceSampler(config, manager, model.model().config().vocabSize());
    }

    @Override
    public int next(long[] seq, int len) {
        long[] fresh = Arrays.copyOfRange(seq, cache.length(), len);
        sampler.see(fresh);
        try (NDManager step = manager.newSubManager()) {
            if (fresh.length == 1) {
                return sampler.next(model.nextLogits(fresh[0], cache, step)); // (1, V) on the device
            }
            NDArray ids = step.create(fresh, new Shape(1, fresh.length));
            return sampler.next(model.lastLogits(ids, cache)); // (1, V) on the device
        }
    }

    @Override
    public void close() {
        sampler.close();
        cache.close();
        manager.close();
    }
}

package io.medreason.engine.train;

import io.medreason.core.run.Json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a run stands, saved in every checkpoint as {@code trainer_state.json} (Hugging Face's file name): steps done,
 * data position, loss scale and the totals the summary needs. Together with the seed this is the run's whole random
 * state: the data order of each epoch and each step's dropout are derived from the seed.
 */
public final class TrainerState {

    public static final String FILE = "trainer_state.json";

    long globalStep;
    long optimizerSteps;
    long epoch;
    int position;
    double lossScale = 65536;
    int goodSteps;
    /** Steps skipped for overflow since the last applied one (not saved: a resumed run starts counting anew). */
    int skippedInARow;
    double elapsedS;
    double lossSum;
    long samples;
    long tokens;
    double totalFlos;

    public long globalStep() {
        return globalStep;
    }

    /** The JSON form. */
    public Map<String, Object> toJson(long seed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("global_step", globalStep);
        m.put("optimizer_steps", optimizerSteps);
        m.put("data_epoch", epoch);
        m.put("data_position", position);
        m.put("seed", seed);
        m.put("loss_scale", lossScale);
        m.put("loss_scale_good_steps", goodSteps);
        m.put("elapsed_s", elapsedS);
        m.put("loss_sum", lossSum);
        m.put("samples", samples);
        m.put("tokens", tokens);
        m.put("total_flos", totalFlos);
        return m;
    }

    /** Reads the JSON form; the seed must be the run's. */
    public static TrainerState fromJson(String json, long seed) {
        Map<String, Object> m = Json.parseObject(json);
        if (((Number) m.get("seed")).longValue() != seed) {
            throw new IllegalArgumentException("checkpoint was made with seed " + m.get("seed") + ", not " + seed);
        }
        TrainerState s = new TrainerState();
        s.globalStep = longOf(m, "global_step");
        s.optimizerSteps = longOf(m, "optimizer_steps");
        s.epoch = longOf(m, "data_epoch");
        s.position = (int) longOf(m, "data_position");
        s.lossScale = ((Number) m.get("loss_scale")).doubleValue();
        s.goodSteps = (int) longOf(m, "loss_scale_good_steps");
        s.elapsedS = ((Number) m.get("elapsed_s")).doubleValue();
        s.lossSum = ((Number) m.get("loss_sum")).doubleValue();
        s.samples = longOf(m, "samples");
        s.tokens = longOf(m, "tokens");
        s.totalFlos = ((Number) m.get("total_flos")).doubleValue();
        return s;
    }

    private static long longOf(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException(FILE + ": key '" + key + "' is missing");
        }
        return n.longValue();
    }
}

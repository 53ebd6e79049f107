package io.medreason.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;

import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;
import io.medreason.engine.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The training loop with Hugging Face Trainer semantics: per optimizer step, {@code gradAccum} micro-batches of
 * {@code batchSize} padded records; each micro-batch's summed token loss is divided by the label tokens of the
 * whole accumulated batch before backward (so the step's gradient is that of the mean over all its label tokens);
 * then global-norm clipping, AdamW at the schedule's learning rate, and zeroed gradients. Dropout is seeded per step
 * from the run's seed, so a resumed run repeats an uninterrupted one. Reports through a {@link TrainingListener};
 * checkpoints every {@code checkpointEvery} steps, at the end, and when a stop is requested.
 */
public final class Trainer {

    private final CausalLm model;
    private final Map<String, NDArray> params;
    private final NDManager manager;
    private final AdamW optimizer;
    private final TrainerOptions options;
    private final DataCursor cursor;
    private final List<TokenizedExample> evalSet;
    private final Checkpoints checkpoints;
    private final Checkpoints.AdapterWriter adapterWriter;
    private final TrainingListener listener;

    /**
     * @param params the trained parameters (PEFT names), FP32, requiring gradients
     * @param manager a manager on the model's device for per-step arrays
     */
    public Trainer(CausalLm model, Map<String, NDArray> params, NDManager manager, TrainerOptions options,
            List<TokenizedExample> train, List<TokenizedExample> evalSet, Checkpoints checkpoints,
            Checkpoints.AdapterWriter adapterWriter, TrainingListener listener) {
        this.model = model;
        this.params = params;
        this.manager = manager;
        this.options = options;
        this.optimizer = new AdamW(params, options.weightDecay(), manager);
        this.cursor = new DataCursor(train, options.seed(), options.shuffle());
        this.evalSet = evalSet;
        this.checkpoints = checkpoints;
        this.adapterWriter = adapterWriter;
        this.listener = listener;
    }

    /** The optimizer (to restore a checkpoint's moments before {@link #run}). */
    public AdamW optimizer() {
        return optimizer;
    }

    /**
     * Runs from {@code state} (fresh or read from a checkpoint) to the last step, or until {@code stop} answers true
     * after a step; writes a checkpoint at the end either way.
     */
    public RunSummary run(TrainerState state, BooleanSupplier stop) {
        cursor.seek(state.epoch, state.position);
        LossScaler scaler = new LossScaler(options.lossScaling(), state);
        long start = System.nanoTime();
        double elapsedBefore = state.elapsedS;
        long firstStep = state.globalStep;
        double lossSumBefore = state.lossSum;
        boolean stopped = false;
        long lastCheckpoint = -1;
        model.setTraining(true);
        try {
            while (state.globalStep < options.totalSteps()) {
                long stepStart = System.nanoTime();
                StepResult r = step(state, scaler);
                state.elapsedS = elapsedBefore + (System.nanoTime() - start) / 1e9;
                double seconds = (System.nanoTime() - stepStart) / 1e9;
                double evalLoss = evalDue(state.globalStep) ? evaluate() : Double.NaN;
                listener.onStep(new StepMetrics(state.globalStep, cursor.epochsDone(), r.loss, r.lr, r.gradNorm,
                        r.tokens / seconds, r.samples / seconds, state.elapsedS,
                        scaler.enabled() ? scaler.scale() : Double.NaN, evalLoss, r.skipped));
                stopped = state.globalStep < options.totalSteps() && stop.getAsBoolean();
                if (stopped || (options.checkpointEvery() > 0 && state.globalStep % options.checkpointEvery() == 0)) {
                    checkpoint(state);
                    lastCheckpoint = state.globalStep;
                }
                if (stopped) {
                    break;
                }
            }
            if (lastCheckpoint != state.globalStep) {
                checkpoint(state);
            }
        } finally {
            model.setTraining(false);
        }
        double runtime = (System.nanoTime() - start) / 1e9;
        long steps = state.globalStep - firstStep;
        RunSummary summary = new RunSummary(runtime, steps * options.batchSize() * options.gradAccum() / runtime,
                steps / runtime, steps == 0 ? Double.NaN : (state.lossSum - lossSumBefore) / steps, state.totalFlos,
                state.globalStep, cursor.epochsDone(), stopped);
        listener.onEnd(summary);
        return summary;
    }

    public record StepResult(double loss, double lr, double gradNorm, long tokens, long samples, boolean skipped) {
    }

    public StepResult step(TrainerState state, LossScaler scaler) {
        Engine.seed(options.seed() * 1_000_003L + state.globalStep);
        List<List<TokenizedExample>> micro = new ArrayList<>();
        long labelTotal = 0;
        long tokens = 0;
        for (int i = 0; i < options.gradAccum(); i++) {
            List<TokenizedExample> mb = cursor.next(options.batchSize());
            micro.add(mb);
            for (TokenizedExample e : mb) {
                labelTotal += e.labelTokens();
                tokens += e.ids().length;
            }
        }
        double lossSum = 0;
        double scale = scaler.scale();
        try (GradientCollector collector = ai.djl.engine.Engine.getEngine("PyTorch").newGradientCollector()) {
            for (List<TokenizedExample> mb : micro) {
                try (NDManager mm = manager.newSubManager(); NDScope scope = new NDScope()) {
                    Batch batch = Batch.of(mb, options.padId(), mm);
                    lossSum += model.lossAndBackward(batch, mm.full(new Shape(), (float) (scale / labelTotal)),
                            collector);
                }
            }
        }
        if (scale != 1.0) {
            try (NDScope scope = new NDScope()) {
                params.values().forEach(p -> p.getGradient().muli(1.0 / scale));
            }
        }
        double lr = options.schedule().at(state.globalStep);
        double norm = GradientClipping.clip(params.values(), options.maxGradNorm());
        boolean apply = scaler.update(norm);
        if (apply) {
            optimizer.step(lr);
            state.optimizerSteps++;
        }
        GradientClipping.zero(params.values());
        double loss = lossSum / labelTotal;
        state.globalStep++;
        state.epoch = cursor.epoch();
        state.position = cursor.position();
        state.lossSum += loss;
        state.samples += (long) options.batchSize() * options.gradAccum();
        state.tokens += tokens;
        state.totalFlos += options.flopsPerToken() * tokens;
        return new StepResult(loss, lr, norm, tokens, (long) options.batchSize() * options.gradAccum(), !apply);
    }

    private boolean evalDue(long step) {
        return !evalSet.isEmpty() && ((options.evalEvery() > 0 && step % options.evalEvery() == 0)
                || step == options.totalSteps());
    }

    /** Mean next-token loss over the label tokens of the held-out records (dropout off, no gradients). */
    public double evaluate() {
        model.setTraining(false);
        try {
            return HeldOutLoss.of(model, evalSet, options.batchSize(), options.padId(), manager);
        } finally {
            model.setTraining(true);
        }
    }

    private void checkpoint(TrainerState state) {
        try {
            Path folder = checkpoints.save(state, options.seed(), adapterWriter, optimizer);
            listener.onCheckpoint(state.globalStep, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("writing checkpoint-" + state.globalStep + ": " + e.getMessage(), e);
        }
    }
}

package io.medreason.engine.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

import io.medreason.core.run.RunSummary;
import io.medreason.core.run.StepMetrics;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The tiny model with the reference adapter, a trainer on it, and the step metrics it reported. */
final class TrainRig implements AutoCloseable {

    static final long PAD = 151643;

    final Qwen2Model model;
    final LoraAdapter adapter;
    final List<StepMetrics> steps = new ArrayList<>();
    final List<Path> checkpointFolders = new ArrayList<>();

    TrainRig(double dropout) {
        this(dropout, TestData.resource("tiny-qwen2/adapter"));
    }

    /** The tiny model with the adapter in {@code adapterDir} (e.g. a checkpoint), A and B owned for training. */
    TrainRig(double dropout, Path adapterDir) {
        this(dropout, adapterDir, DataType.FLOAT32);
    }

    /** As above with the frozen base weights in {@code dtype} (FLOAT16 for the T4 path); LoRA stays FP32. */
    TrainRig(double dropout, Path adapterDir, DataType dtype) {
        this(dropout, adapterDir, dtype, AttnImplementation.EAGER);
    }

    /** As above with attention computed by {@code attention}. */
    TrainRig(double dropout, Path adapterDir, DataType dtype, AttnImplementation attention) {
        Engine.init();
        model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), dtype);
        model.setAttnImplementation(attention);
        adapter = LoraAdapter.load(model, adapterDir);
        LoraDropout.set(adapter, dropout);
    }

    Trainer trainer(TrainerOptions options, List<TokenizedExample> train, List<TokenizedExample> eval, Path output) {
        return new Trainer(TrainingRun.modelView(model), adapter.parameters(), model.manager(), options, train, eval,
                new Checkpoints(output), adapter::save, new TrainingListener() {
                    @Override
                    public void onStep(StepMetrics m) {
                        steps.add(m);
                    }

                    @Override
                    public void onCheckpoint(long step, Path folder) {
                        checkpointFolders.add(folder);
                    }
                });
    }

    RunSummary run(TrainerOptions options, List<TokenizedExample> train, Path output) {
        return run(options, train, output, () -> false);
    }

    RunSummary run(TrainerOptions options, List<TokenizedExample> train, Path output, BooleanSupplier stop) {
        return trainer(options, train, List.of(), output).run(new TrainerState(), stop);
    }

    double adapterSum() {
        double s = 0;
        for (NDArray p : adapter.parameters().values()) {
            for (float f : p.toFloatArray()) {
                s += f;
            }
        }
        return s;
    }

    static TrainerOptions options(int steps, double lr, String schedule, int warmup, double wd, double clip, int batch,
            int accum, Long shuffleSeed) {
        return new TrainerOptions(steps, new LrSchedule(schedule, lr, warmup, steps), wd, clip, batch, accum, PAD,
                shuffleSeed == null ? 0 : shuffleSeed, shuffleSeed != null, 0, 0, 0, false);
    }

    @Override
    public void close() {
        model.close();
    }
}

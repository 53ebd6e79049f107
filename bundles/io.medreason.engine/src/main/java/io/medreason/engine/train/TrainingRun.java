package io.medreason.engine.train;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import ai.djl.util.cuda.CudaUtils;

import io.medreason.core.cli.UsageException;
import io.medreason.core.run.MemoryEstimate;
import io.medreason.core.run.ModelDims;
import io.medreason.core.run.RunProtocol;
import io.medreason.core.run.RunSummary;
import io.medreason.core.run.TrainingConfig;
import io.medreason.engine.DeviceMemory;
import io.medreason.engine.Engine;
import io.medreason.engine.PrecisionChoice;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.AttnImplementation;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.text.QwenTokenizer;

import io.medreason.core.io.AtomicWrite;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code medreason train} run from a {@link TrainingConfig}: device and precision, model, tokenizer and data,
 * the memory check, the adapter (new, {@code --init-adapter}, or the newest checkpoint with {@code --resume}), the
 * trainer with its listeners (metrics file, progress socket, console), and the final adapter in the output folder.
 */
public final class TrainingRun {

    private final TrainingConfig config;
    private final PrintStream out;
    private final StopSignal stop;
    private final List<TrainingListener> extraListeners = new ArrayList<>();

    public TrainingRun(TrainingConfig config, PrintStream out, StopSignal stop) {
        this.config = config;
        this.out = out;
        this.stop = stop;
    }

    /** Adds a listener besides the metrics file, socket and console (e.g. the demo's own figures). */
    public TrainingRun listen(TrainingListener listener) {
        extraListeners.add(listener);
        return this;
    }

    /** Runs to the end (or a stop request) and returns the summary. */
    public RunSummary execute() throws IOException {
        Engine.init();
        Device device = Engine.chooseDevice(config.hardware().device());
        DataType dtype = precision(device);
        ModelDims dims = ModelDims.read(config.model().path());
        checkMemory(dims, device, dtype);
        try (QwenTokenizer tokenizer = QwenTokenizer.load(config.model().path());
                Qwen2Model model = Qwen2Model.load(config.model().path(), device, dtype)) {
            model.setAttnImplementation(AttnImplementation.of(config.model().attnImplementation()));
            out.println("model " + config.model().path() + ": " + Engine.describe(device, dtype) + ", "
                    + config.model().attnImplementation() + " attention");
            TrainingData data = TrainingData.load(config, tokenizer);
            out.println("data " + config.data().path() + ": " + data.trainStats() + (data.eval().isEmpty() ? ""
                    : "; " + data.eval().size() + " held-out records for eval_loss"));
            if (data.train().isEmpty()) {
                throw new UsageException(config.data().path() + ": no record has answer tokens within --max-length "
                        + config.data().maxLength() + (data.trainStats().dropped() == 0 ? "" : " (" + data.trainStats()
                                .dropped() + " longer records left out by --truncation drop: raise --max-length or"
                                + " use --truncation cut)"));
            }
            Checkpoints checkpoints = new Checkpoints(config.output().path(), config.output().saveTotalLimit());
            Optional<Path> resumeFrom = config.output().resume() ? checkpoints.latest() : Optional.empty();
            if (config.output().resume() && resumeFrom.isEmpty()) {
                out.println("--resume: no checkpoint in " + config.output().path() + ", starting from step 0");
            }
            LoraAdapter adapter = adapter(model, resumeFrom)
                    .withBaseModel(LoraConfig.baseModelName(config.model().path()));
            return train(model, adapter, tokenizer, data, checkpoints, resumeFrom, dims);
        }
    }

    private RunSummary train(Qwen2Model model, LoraAdapter adapter, QwenTokenizer tokenizer, TrainingData data,
            Checkpoints checkpoints, Optional<Path> resumeFrom, ModelDims dims) throws IOException {
        int totalSteps = config.optimization().steps() > 0 ? config.optimization().steps()
                : (int) Math.ceil(config.optimization().epochs() * data.train().size()
                        / config.optimization().effectiveBatch());
        TrainerOptions options = trainerOptions(totalSteps, tokenizer.id(QwenTokenizer.END_OF_TEXT), dims,
                model.dtype() == DataType.FLOAT16);
        Files.createDirectories(config.output().path());
        config.write(config.output().path().resolve(RunProtocol.TRAINING_CONFIG_FILE));
        List<AutoCloseable> closeables = new ArrayList<>();
        try {
            List<TrainingListener> listeners = listeners(closeables, totalSteps);
            TrainingListener all = TrainingListener.all(listeners);
            CausalLm lm = trainedView(model);
            Trainer trainer = new Trainer(lm, adapter.parameters(), model.manager(), options,
                    data.train(), data.eval(), checkpoints, adapter::save, all);
            closeables.add(trainer.optimizer());
            TrainerState state = new TrainerState();
            if (resumeFrom.isPresent()) {
                state = Checkpoints.readState(resumeFrom.get(), config.optimization().seed());
                Checkpoints.restoreOptimizer(resumeFrom.get(), trainer.optimizer(), model.manager());
                out.println("resuming from " + resumeFrom.get() + " at step " + state.globalStep());
            }
            all.onStart(RunProtocol.message(RunProtocol.START, "total_steps", totalSteps, "start_step",
                    state.globalStep(), "records", data.trainStats().records(), "kept_records",
                    data.trainStats().kept(), "skipped_records", data.trainStats().skippedNoLabels(),
                    "truncated_records", data.trainStats().truncated(), "dropped_records",
                    data.trainStats().dropped(), "tokens", data.trainStats().tokens(),
                    "eval_records", data.eval().size(), "trainable_parameters", adapter.parameters().values()
                            .stream().mapToLong(a -> a.getShape().size()).sum(),
                    "device", model.device().toString(),
                    "precision", model.dtype() == DataType.FLOAT16 ? "fp16" : "fp32",
                    "config", config.toJson()));
            RunSummary summary = trainer.run(state, stop);
            if (lm instanceof CheckpointedQwen2 checkpointed) {
                out.println("gradient checkpointing: " + checkpointed.recomputedLayers()
                        + " decoder-layer forwards recomputed for backward");
            }
            adapter.save(config.output().path());
            out.println("adapter written to " + config.output().path() + " (PEFT layout: adapter_config.json, "
                    + LoraAdapter.WEIGHTS + ")");
            return summary;
        } finally {
            for (AutoCloseable c : closeables) {
                try {
                    c.close();
                } catch (Exception e) {
                    out.println("warning: " + e.getMessage());
                }
            }
        }
    }

    private TrainerOptions trainerOptions(int totalSteps, long padId, ModelDims dims, boolean lossScaling) {
        TrainingConfig.Optimization o = config.optimization();
        return new TrainerOptions(totalSteps, new LrSchedule(o.scheduler(), o.lr(), o.warmupSteps(), totalSteps),
                o.weightDecay(), o.maxGradNorm(), o.batchSize(), o.gradAccum(), padId, o.seed(),
                config.data().shuffle(), config.output().checkpointEvery(), config.output().evalEvery(),
                6.0 * (dims.parameterCount() - (long) dims.vocabSize() * dims.hiddenSize()), lossScaling);
    }

    private List<TrainingListener> listeners(List<AutoCloseable> closeables, int totalSteps) throws IOException {
        List<TrainingListener> listeners = new ArrayList<>();
        MetricsLog log = new MetricsLog(config.output().path());
        closeables.add(log);
        listeners.add(log);
        if (config.output().progressPort() > 0) {
            ProgressSocket socket = ProgressSocket.connect(config.output().progressPort(), stop);
            closeables.add(socket);
            listeners.add(socket);
        }
        listeners.add(new ConsoleProgress(out, ConsoleProgress.stdoutIsTerminal(), totalSteps));
        listeners.addAll(extraListeners);
        return listeners;
    }

    private LoraAdapter adapter(Qwen2Model model, Optional<Path> resumeFrom) {
        if (resumeFrom.isPresent()) {
            return LoraAdapter.load(model, resumeFrom.get());
        }
        if (config.model().initAdapter() != null) {
            out.println("starting from adapter " + config.model().initAdapter());
            return LoraAdapter.load(model, config.model().initAdapter());
        }
        TrainingConfig.Lora lora = config.lora();
        return LoraAdapter.create(model, LoraConfig.of(lora.r(), lora.alpha(), lora.dropout(), lora.targets()),
                config.optimization().seed());
    }

    /** The model as trained: layer by layer with recomputation under {@code --gradient-checkpointing}. */
    private CausalLm trainedView(Qwen2Model model) {
        if (config.hardware().gradientCheckpointing()) {
            out.println("gradient checkpointing: on (each decoder layer's activations recomputed for backward)");
            return new CheckpointedQwen2(model);
        }
        return modelView(model);
    }

    /** The trainer's view of a Qwen2 model. */
    public static CausalLm modelView(Qwen2Model model) {
        return new CausalLm() {
            @Override
            public ai.djl.ndarray.NDArray hidden(ai.djl.ndarray.NDArray ids, ai.djl.ndarray.NDArray mask) {
                return model.hidden(ids, mask);
            }

            @Override
            public ai.djl.ndarray.NDArray logits(ai.djl.ndarray.NDArray hidden) {
                return model.logits(hidden);
            }

            @Override
            public void setTraining(boolean training) {
                model.setTraining(training);
            }
        };
    }

    private DataType precision(Device device) {
        return switch (config.hardware().precision()) {
            case "auto" -> {
                PrecisionChoice chosen = autoPrecision(device);
                out.println("precision auto: " + chosen);
                yield chosen.dataType();
            }
            case "fp32" -> DataType.FLOAT32;
            case "fp16" -> DataType.FLOAT16;
            default -> throw new UsageException("--precision bf16: DJL 0.33 has no bf16 type (it aborts the JVM);"
                    + " use fp16 on a GPU or fp32");
        };
    }

    /** What {@code --precision auto} trains in on {@code device} (see {@link PrecisionChoice}). */
    public static PrecisionChoice autoPrecision(Device device) {
        return PrecisionChoice.auto(device, device.isGpu() ? CudaUtils.getComputeCapability(device.getDeviceId())
                : null);
    }

    private void checkMemory(ModelDims dims, Device device, DataType dtype) {
        MemoryEstimate estimate = new MemoryEstimate(dims);
        MemoryEstimate.Settings settings = MemoryEstimate.Settings.of(config)
                .withWeightBytes(dtype == DataType.FLOAT16 ? 2 : 4);
        long available = DeviceMemory.available(device);
        MemoryEstimate.Breakdown b = estimate.estimate(settings, available);
        out.println("memory estimate (" + device + "): " + b);
        if (!b.fits()) {
            MemoryEstimate.Settings fix = estimate.suggest(settings, available);
            throw new UsageException("this run needs about " + b.total() / (1 << 20) + " MiB but " + device
                    + " has " + available / (1 << 20) + " MiB; " + (fix == null
                            ? "no batch/length setting fits: use a smaller model or a bigger device"
                            : "it would fit with: " + MemoryEstimate.flagsFor(settings, fix)));
        }
    }
}

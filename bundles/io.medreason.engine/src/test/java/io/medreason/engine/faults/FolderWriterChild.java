package io.medreason.engine.faults;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import io.medreason.core.run.Json;
import io.medreason.engine.Engine;
import io.medreason.engine.TestData;
import io.medreason.engine.export.ExportDType;
import io.medreason.engine.export.MergedFolder;
import io.medreason.engine.lora.LoraAdapter;
import io.medreason.engine.lora.LoraConfig;
import io.medreason.engine.model.Qwen2Model;
import io.medreason.engine.train.AdamW;
import io.medreason.engine.train.Checkpoints;
import io.medreason.engine.train.TrainerState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A child process that writes folders through the product's writers until it is killed:
 * {@code FolderWriterChild checkpoint OUT} saves {@code checkpoint-N} of the tiny model's rank-32 adapter with AdamW
 * state through {@link Checkpoints} (keeping 2), N = 1 + the newest complete one, every lora_B element = N;
 * {@code FolderWriterChild merged PARENT ADAPTER FIRST} exports merged folders {@code PARENT/merged-FIRST},
 * {@code merged-FIRST+1}, … through {@link MergedFolder} (FP32). Prints "writing" after its first complete folder.
 */
public final class FolderWriterChild {

    /** The seed {@code train} uses by default (TrainingOption SEED), so that {@code --resume} accepts the state. */
    static final long SEED = 3407;

    private FolderWriterChild() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("checkpoint")) {
            checkpoints(Path.of(args[1]));
        } else {
            merged(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
        }
    }

    private static void checkpoints(Path out) throws IOException {
        Engine.init();
        try (Qwen2Model model = Qwen2Model.load(TestData.TINY_MODEL, Device.cpu(), DataType.FLOAT32)) {
            LoraAdapter adapter = LoraAdapter.create(model, LoraConfig.of(32, 32, 0, LoraConfig.ALL_TARGETS), SEED);
            try (AdamW optimizer = new AdamW(adapter.parameters(), 0.01, model.manager())) {
                Checkpoints checkpoints = new Checkpoints(out, 2);
                long step = checkpoints.latest().map(p -> Long.parseLong(p.getFileName().toString()
                        .substring("checkpoint-".length()))).orElse(0L);
                addToB(adapter, step);
                for (boolean first = true;; first = false) {
                    step++;
                    addToB(adapter, 1);
                    checkpoints.save(state(step), SEED, adapter::save, optimizer);
                    if (first) {
                        System.out.println("writing");
                        System.out.flush();
                    }
                }
            }
        }
    }

    private static void addToB(LoraAdapter adapter, long amount) {
        for (Map.Entry<String, NDArray> e : adapter.parameters().entrySet()) {
            if (e.getKey().contains("lora_B")) {
                e.getValue().addi(e.getValue().getManager().full(e.getValue().getShape(), (float) amount));
            }
        }
    }

    /** A trainer state at {@code step} (data position 0, as a run of one record per epoch would have). */
    static TrainerState state(long step) {
        Map<String, Object> json = new TrainerState().toJson(SEED);
        json.put("global_step", step);
        json.put("optimizer_steps", step);
        return TrainerState.fromJson(Json.write(json), SEED);
    }

    private static void merged(Path parent, Path adapter, int first) throws IOException {
        for (int i = first;; i++) {
            MergedFolder.export(TestData.TINY_MODEL, adapter, parent.resolve("merged-" + i), 5L << 30,
                    ExportDType.FP32);
            if (i == first) {
                System.out.println("writing");
                System.out.flush();
            }
        }
    }
}

package io.medreason.ui.launch;

import org.eclipse.swt.widgets.Composite;

/** Training tab: length of the run, optimizer, schedule, batch and seed. */
final class TrainingTab extends AttributeTab {

    @Override
    protected void createFields(Composite c) {
        text(c, "Steps (0 = use epochs):", "steps");
        text(c, "Epochs (when steps is 0):", "epochs");
        text(c, "Learning rate:", "lr");
        combo(c, "Schedule:", "scheduler", false, "linear", "cosine", "constant");
        text(c, "Warm-up steps:", "warmup-steps");
        text(c, "Batch size:", "batch-size");
        text(c, "Gradient accumulation:", "grad-accum");
        text(c, "Weight decay:", "weight-decay");
        text(c, "Clip gradient norm at (0 = off):", "max-grad-norm");
        text(c, "Seed:", "seed");
        note(c, "AdamW (0.9, 0.999, 1e-8) with decoupled weight decay, as Hugging Face Trainer. Effective batch = "
                + "batch size × accumulation (reference: 2 × 8 = 16).");
    }

    @Override
    public String getName() {
        return "Training";
    }
}

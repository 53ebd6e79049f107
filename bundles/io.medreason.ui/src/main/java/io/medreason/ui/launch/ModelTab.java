package io.medreason.ui.launch;

import io.medreason.launching.HardwareEstimate;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Model tab: the base model folder (its architecture and size shown) and an optional adapter to start from. */
final class ModelTab extends AttributeTab {

    private Text model;
    private Label info;

    @Override
    protected void createFields(Composite c) {
        model = path(c, "Base model folder:", "model", true);
        info = note(c, "");
        path(c, "Start from adapter (optional):", "init-adapter", true);
        note(c, "A Hugging Face Qwen2 folder (config.json, *.safetensors, tokenizer.json), e.g. Qwen2.5-3B-Instruct."
                + " The adapter is a PEFT folder from an earlier run.");
        model.addListener(SWT.Modify, e -> showInfo());
    }

    private void showInfo() {
        String m = model.getText().strip();
        info.setText(m.isEmpty() ? "" : HardwareEstimate.describeModel(Path.of(m)));
        info.getParent().layout(true);
    }

    @Override
    public String getName() {
        return "Model";
    }
}

package io.medreason.ui.launch;

import io.medreason.launching.HardwareDoctor;
import io.medreason.launching.HardwareEstimate;
import io.medreason.launching.TrainingAttributes;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * Hardware tab: device, precision, attention implementation, activation checkpointing and the child's heap, with the memory estimate of this
 * model and these settings against a T4's 15 GB, and a warning with the settings that would fit when it does not;
 * and what this machine has ({@code medreason doctor}: natives, driver, GPUs, auto device and precision).
 */
final class HardwareTab extends AttributeTab {

    private Label estimate;
    private Label machine;

    @Override
    protected void createFields(Composite c) {
        combo(c, "Device:", "device", false, "auto", "cpu", "gpu");
        combo(c, "Precision:", "precision", false, "auto", "fp32", "fp16", "bf16");
        combo(c, "Attention:", "attn-implementation", false, "sdpa", "eager");
        check(c, "Activation (gradient) checkpointing per decoder layer", "gradient-checkpointing");
        text(c, "Child JVM heap (e.g. 6g):", TrainingAttributes.HEAP);
        new Label(c, 0).setText("Memory (T4, 15 GB):");
        estimate = note(c, "");
        ((org.eclipse.swt.layout.GridData) estimate.getLayoutData()).horizontalSpan = 2;
        note(c, "auto: fp16 on a CUDA GPU, fp32 on the CPU. fp16 keeps the frozen weights in half precision on the GPU with fp32 LoRA weights and loss "
                + "scaling; a T4 has no bf16. sdpa attention (torch.scaled_dot_product_attention) gives the same "
                + "results as eager without keeping the attention scores.");
        new Label(c, 0).setText("This machine:");
        String known = HardwareDoctor.last();
        machine = note(c, known == null ? "checking (medreason doctor in a child JVM)…" : known);
        ((org.eclipse.swt.layout.GridData) machine.getLayoutData()).horizontalSpan = 2;
        if (known == null) {
            checkMachine();
        }
    }

    /** Runs {@code medreason doctor} off the UI thread and shows its lines (GPU natives, driver, GPUs, auto). */
    private void checkMachine() {
        org.eclipse.swt.widgets.Display display = machine.getDisplay();
        Thread t = new Thread(() -> {
            String text = HardwareDoctor.run();
            display.asyncExec(() -> {
                if (!machine.isDisposed()) {
                    machine.setText(text);
                    machine.getParent().layout(true);
                }
            });
        }, "medreason doctor");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        boolean valid = super.isValid(configuration);
        setWarningMessage(null);
        try {
            HardwareEstimate e = HardwareEstimate.of(configuration, HardwareEstimate.T4_BYTES);
            if (estimate != null && !estimate.isDisposed()) {
                estimate.setText(e == null ? "(choose a model folder)" : e.text()
                        + (e.fits() ? "\nFits on a T4." : "\nDoes NOT fit on a T4. " + e.advice()));
                estimate.getParent().layout(true);
            }
            if (e != null && !e.fits()) {
                setWarningMessage("This run will not fit in a T4's 15 GB. " + e.advice());
            }
        } catch (CoreException ex) {
            setWarningMessage(ex.getMessage());
        }
        return valid;
    }

    @Override
    public String getName() {
        return "Hardware";
    }
}

package io.medreason.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.medreason.core.run.TrainingConfig;
import io.medreason.core.run.TrainingOption;
import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;
import io.medreason.ui.launch.TrainingTabGroup;
import io.medreason.ui.tests.Screenshots;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LoRA Fine-tuning tabs: attributes → widgets → attributes, validation in the message line, the real dialog. */
class TrainingTabsTest {

    @TempDir
    Path tmp;

    private ILaunchConfigurationWorkingCopy config(String name) throws Exception {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(TrainingLaunch.TYPE_ID).newInstance(null,
                m.generateLaunchConfigurationName(name));
        TrainingAttributes.setDefaults(wc);
        return wc;
    }

    @Test
    void everyAttributeSurvivesTheTabsAndEditsReachTheConfiguration() throws Exception {
        ILaunchConfigurationWorkingCopy in = config("round trip");
        Path data = Files.writeString(tmp.resolve("d.jsonl"), "{\"text\":\"x\"}\n");
        Path eval = Files.writeString(tmp.resolve("e.jsonl"), "{\"text\":\"y\"}\n");
        Map<String, String> values = Map.ofEntries(Map.entry("model", Ui.tinyModel().toString()),
                Map.entry("data", data.toString()), Map.entry("output", tmp.resolve("run").toString()),
                Map.entry("init-adapter", tmp.resolve("adapter").toString()), Map.entry("eval-data", eval.toString()),
                Map.entry("steps", "17"), Map.entry("epochs", "1.5"), Map.entry("lr", "3e-4"),
                Map.entry("scheduler", "cosine"), Map.entry("warmup-steps", "3"), Map.entry("weight-decay", "0.02"),
                Map.entry("max-grad-norm", "0.5"), Map.entry("batch-size", "3"), Map.entry("grad-accum", "4"),
                Map.entry("lora-r", "8"), Map.entry("lora-alpha", "16"), Map.entry("lora-dropout", "0.05"),
                Map.entry("targets", "q_proj,v_proj"), Map.entry("template", "alpaca-reasoning"),
                Map.entry("train-on", "all"), Map.entry("convert", "s2tw"), Map.entry("precision", "fp16"),
                Map.entry("device", "cpu"), Map.entry("attn-implementation", "eager"), Map.entry("max-length", "512"),
                Map.entry("truncation", "cut"), Map.entry("eval-fraction", "0.1"), Map.entry("eval-every", "6"),
                Map.entry("checkpoint-every", "5"), Map.entry("save-total-limit", "2"), Map.entry("seed", "7"));
        values.forEach((k, v) -> in.setAttribute(TrainingAttributes.key(k), v));
        in.setAttribute(TrainingAttributes.key("no-shuffle"), true);
        in.setAttribute(TrainingAttributes.key("gradient-checkpointing"), true);
        in.setAttribute(TrainingAttributes.STOP_TIMEOUT, 33);
        Shell shell = new Shell(Display.getCurrent());
        shell.setLayout(new FillLayout());
        List<ILaunchConfigurationTab> tabs = tabs(shell);
        tabs.forEach(t -> t.initializeFrom(in));
        ILaunchConfigurationWorkingCopy out = config("round trip out");
        tabs.forEach(t -> t.performApply(out));
        for (String flag : TrainingAttributes.DEFAULTS.keySet()) {
            assertEquals(TrainingAttributes.get(in, flag), TrainingAttributes.get(out, flag), flag);
        }
        assertTrue(TrainingAttributes.isOn(out, "gradient-checkpointing"));
        assertFalse(TrainingAttributes.isOn(out, "resume"));
        assertEquals(33, out.getAttribute(TrainingAttributes.STOP_TIMEOUT, 0));
        assertNull(TrainingAttributes.validate(out), "a valid configuration");
        TrainingConfig typed = TrainingAttributes.toConfig(out);
        assertEquals(TrainingAttributes.toConfig(in), typed, "every setting survives the tabs");
        for (TrainingOption o : TrainingOption.values()) {
            if (o.saved() && o != TrainingOption.RESUME) {
                assertNotEquals(o.parse(o.defaultValue(), o.key()), typed.values().get(o), o.key() + " was set");
            }
        }

        // an edit in the LoRA tab's text field and a target check box reach the attributes
        Text rank = textAfterLabel(tabs.get(2).getControl(), "Rank r:");
        rank.setText("4");
        Button kProj = checkBox(tabs.get(2).getControl(), "k_proj");
        kProj.setSelection(true);
        tabs.get(2).performApply(out);
        assertEquals("4", TrainingAttributes.get(out, "lora-r"));
        assertEquals("q_proj,k_proj,v_proj", TrainingAttributes.get(out, "targets"));

        // an invalid value shows in the message line and blocks the launch
        textAfterLabel(tabs.get(3).getControl(), "Learning rate:").setText("-1");
        tabs.get(3).performApply(out);
        assertFalse(tabs.get(3).isValid(out));
        assertNotNull(tabs.get(3).getErrorMessage());
        assertTrue(tabs.get(3).getErrorMessage().contains("--lr"), tabs.get(3).getErrorMessage());
        shell.dispose();
    }

    private static List<ILaunchConfigurationTab> tabs(Composite parent) {
        TrainingTabGroup group = new TrainingTabGroup();
        group.createTabs(null, ILaunchManager.RUN_MODE);
        List<ILaunchConfigurationTab> tabs = new ArrayList<>(List.of(group.getTabs()));
        for (ILaunchConfigurationTab t : tabs) {
            t.createControl(parent);
        }
        return tabs;
    }

    @Test
    void theRunConfigurationsDialogShowsTheModelAndTheT4MemoryWarning() throws Exception {
        Path model = Files.createDirectories(tmp.resolve("Qwen2.5-3B-Instruct"));
        Files.writeString(model.resolve("config.json"), """
                {"hidden_size": 2048, "num_hidden_layers": 36, "num_attention_heads": 16, "num_key_value_heads": 2,
                 "intermediate_size": 11008, "vocab_size": 151936, "tie_word_embeddings": true}""",
                StandardCharsets.UTF_8);
        ILaunchConfigurationWorkingCopy wc = config("醫療推理 LoRA 3B");
        wc.setAttribute(TrainingAttributes.key("model"), model.toString());
        wc.setAttribute(TrainingAttributes.key("data"), Ui.sampleData().toString());
        wc.setAttribute(TrainingAttributes.key("output"), tmp.resolve("run").toString());
        wc.setAttribute(TrainingAttributes.key("precision"), "fp16");
        var saved = wc.doSave();
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        List<String> seen = new ArrayList<>();
        Display display = Display.getCurrent();
        display.timerExec(1500, () -> inspectDialog(display, seen));
        DebugUITools.openLaunchConfigurationDialog(window, saved, "org.eclipse.debug.ui.launchGroup.run", null);
        assertTrue(seen.stream().anyMatch(s -> s.contains("36 layers") && s.contains("3.09 B")), seen.toString());
        assertTrue(seen.stream().anyMatch(s -> s.contains("NOT fit") && s.contains("--gradient-checkpointing")),
                seen.toString());
        saved.delete();
    }

    private static void inspectDialog(Display display, List<String> seen) {
        Shell dialog = display.getActiveShell();
        try {
            dialog.setSize(1000, 720);
            collectLabels(dialog, seen);
            Screenshots.save(dialog, "launch-dialog-model");
            CTabFolder folder = find(dialog, CTabFolder.class);
            for (int i = 0; i < folder.getItemCount(); i++) {
                if (folder.getItem(i).getText().equals("Hardware")) {
                    folder.setSelection(i);
                    Event e = new Event();
                    e.item = folder.getItem(i);
                    folder.notifyListeners(SWT.Selection, e);
                }
            }
            Screenshots.settle(500);
            collectLabels(dialog, seen);
            Screenshots.save(dialog, "launch-dialog-hardware");
        } catch (Exception e) {
            seen.add("failed: " + e);
        } finally {
            dialog.close();
        }
    }

    private static void collectLabels(Control c, List<String> out) {
        if (c instanceof Label l) {
            out.add(l.getText());
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collectLabels(child, out);
            }
        }
    }

    /** The first control of {@code type} whose text contains {@code text}. */
    static <T extends Control> T find(Control c, Class<T> type, String text) {
        if (type.isInstance(c) && c instanceof Button b && b.getText().contains(text)) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = find(child, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static <T> T find(Control c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Text textAfterLabel(Control root, String label) {
        Control[] children = ((Composite) root).getChildren();
        for (int i = 0; i + 1 < children.length; i++) {
            if (children[i] instanceof Label l && l.getText().equals(label) && children[i + 1] instanceof Text t) {
                return t;
            }
        }
        throw new AssertionError("no text field labelled " + label);
    }

    private static Button checkBox(Control c, String text) {
        if (c instanceof Button b && text.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button found = checkBox(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return c instanceof Composite ? null : null;
    }
}

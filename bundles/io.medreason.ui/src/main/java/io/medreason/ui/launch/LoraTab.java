package io.medreason.ui.launch;

import io.medreason.core.run.TrainingConfig;
import io.medreason.launching.TrainingAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/** LoRA tab: rank, alpha, dropout and the target projections as check boxes. */
final class LoraTab extends AttributeTab {

    private final Map<String, Button> targets = new LinkedHashMap<>();

    @Override
    protected void createFields(Composite c) {
        text(c, "Rank r:", "lora-r");
        text(c, "Alpha:", "lora-alpha");
        text(c, "Dropout:", "lora-dropout");
        Group g = new Group(c, SWT.NONE);
        g.setText("Target modules");
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(g);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(g);
        for (String t : TrainingConfig.ALL_TARGETS) {
            Button b = new Button(g, SWT.CHECK);
            b.setText(t);
            b.addListener(SWT.Selection, e -> changed());
            targets.put(t, b);
        }
        note(c, "Scaling is alpha / r. The reference recipe trains all seven projections at r = alpha = 32.");
    }

    @Override
    protected void initializeMore(ILaunchConfiguration configuration) throws CoreException {
        List<String> on = List.of(TrainingAttributes.get(configuration, "targets").split("\\s*,\\s*"));
        targets.forEach((name, b) -> b.setSelection(on.contains(name)));
    }

    @Override
    protected void applyMore(ILaunchConfigurationWorkingCopy configuration) {
        List<String> on = new ArrayList<>();
        targets.forEach((name, b) -> {
            if (b.getSelection()) {
                on.add(name);
            }
        });
        configuration.setAttribute(TrainingAttributes.key("targets"), String.join(",", on));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        if (targets.values().stream().noneMatch(Button::getSelection)) {
            setErrorMessage("Choose at least one target module (LoRA tab)");
            return false;
        }
        return super.isValid(configuration);
    }

    @Override
    public String getName() {
        return "LoRA";
    }
}

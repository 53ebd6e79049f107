package io.medreason.ui.launch;

import io.medreason.launching.TrainingAttributes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.medreason.ui.MedReasonUi;

/**
 * A launch tab whose widgets are bound to {@link TrainingAttributes}: text fields, combos and check boxes created
 * with one call each, read and written generically. Validation is the launching bundle's: the dialog's message line
 * shows {@link TrainingAttributes#validate} and blocks the launch.
 */
abstract class AttributeTab extends AbstractLaunchConfigurationTab {

    /** A widget bound to one flag. */
    private record Binding(String flag, Object widget) {
    }

    private final List<Binding> bindings = new ArrayList<>();
    private boolean initializing;

    @Override
    public final void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        createFields(c);
        setControl(c);
    }

    /** Creates the fields in a three-column grid (label, widget, button). */
    protected abstract void createFields(Composite c);

    /** A text field for {@code flag}. */
    protected Text text(Composite c, String label, String flag) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(t);
        bind(flag, t);
        return t;
    }

    /** A text field for a folder or file path with a Browse… button. */
    protected Text path(Composite c, String label, String flag, boolean folder) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        Button b = new Button(c, SWT.PUSH);
        b.setText("Browse…");
        b.addListener(SWT.Selection, e -> {
            String chosen = folder ? directory(t.getText()) : file(t.getText());
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        bind(flag, t);
        return t;
    }

    private String directory(String current) {
        DirectoryDialog d = new DirectoryDialog(getShell());
        d.setFilterPath(current);
        return d.open();
    }

    private String file(String current) {
        FileDialog d = new FileDialog(getShell(), SWT.OPEN);
        d.setFilterPath(current);
        d.setFilterExtensions(new String[] {"*.json;*.jsonl", "*"});
        return d.open();
    }

    /** A read-only combo (or an editable one when {@code editable}) for {@code flag}. */
    protected Combo combo(Composite c, String label, String flag, boolean editable, String... items) {
        new Label(c, SWT.NONE).setText(label);
        Combo combo = new Combo(c, editable ? SWT.DROP_DOWN : SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
        bind(flag, combo);
        return combo;
    }

    /** A check box for a switch. */
    protected Button check(Composite c, String label, String flag) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(label);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(b);
        bind(flag, b);
        return b;
    }

    /** A wrapping label across the grid, for explanations and figures. */
    protected Label note(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(500, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private void bind(String flag, Object widget) {
        bindings.add(new Binding(flag, widget));
        if (widget instanceof Text t) {
            t.addListener(SWT.Modify, e -> changed());
        } else if (widget instanceof Combo cb) {
            cb.addListener(SWT.Modify, e -> changed());
            cb.addListener(SWT.Selection, e -> changed());
        } else if (widget instanceof Button b) {
            b.addListener(SWT.Selection, e -> changed());
        }
    }

    /** Tells the dialog that a value changed (not while values are being loaded). */
    protected void changed() {
        if (!initializing) {
            updateLaunchConfigurationDialog();
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        TrainingAttributes.setDefaults(configuration);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        initializing = true;
        try {
            for (Binding b : bindings) {
                if (b.widget() instanceof Button button) {
                    button.setSelection(TrainingAttributes.isOn(configuration, b.flag()));
                } else {
                    setText(b.widget(), attribute(configuration, b.flag()));
                }
            }
            initializeMore(configuration);
        } catch (CoreException e) {
            MedReasonUi.logError("Cannot read launch configuration " + configuration.getName(), e);
        } finally {
            initializing = false;
        }
    }

    /** Reads the attributes that are not plain flags (none by default). */
    protected void initializeMore(ILaunchConfiguration configuration) throws CoreException {
    }

    /** The attribute behind {@code flag}: a flag's value, or another attribute key as a string. */
    protected static String attribute(ILaunchConfiguration configuration, String flag) throws CoreException {
        return flag.startsWith(TrainingAttributes.PREFIX) ? configuration.getAttribute(flag, "")
                : TrainingAttributes.get(configuration, flag);
    }

    private static void setText(Object widget, String value) {
        if (widget instanceof Text t) {
            t.setText(value);
        } else if (widget instanceof Combo c) {
            c.setText(value);
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        for (Binding b : bindings) {
            String key = b.flag().startsWith(TrainingAttributes.PREFIX) ? b.flag() : TrainingAttributes.key(b.flag());
            if (b.widget() instanceof Button button) {
                configuration.setAttribute(key, button.getSelection());
            } else if (b.widget() instanceof Text t) {
                configuration.setAttribute(key, t.getText().strip());
            } else if (b.widget() instanceof Combo c) {
                configuration.setAttribute(key, c.getText().strip());
            }
        }
        applyMore(configuration);
    }

    /** Writes the attributes that are not plain flags (none by default). */
    protected void applyMore(ILaunchConfigurationWorkingCopy configuration) {
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        try {
            String problem = TrainingAttributes.validate(configuration);
            setErrorMessage(problem);
            return problem == null;
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
            return false;
        }
    }

    @Override
    public boolean canSave() {
        return true;
    }
}

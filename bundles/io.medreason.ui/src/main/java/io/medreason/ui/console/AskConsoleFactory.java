package io.medreason.ui.console;

import java.nio.file.Path;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleFactory;

/** Console view › Open Console › Ask the Model: choose a model folder (and optionally an adapter folder). */
public final class AskConsoleFactory implements IConsoleFactory {

    @Override
    public void openConsole() {
        var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        DirectoryDialog d = new DirectoryDialog(shell);
        d.setMessage("Base model folder (config.json, model.safetensors, tokenizer.json)");
        String model = d.open();
        if (model == null) {
            return;
        }
        DirectoryDialog a = new DirectoryDialog(shell);
        a.setMessage("Adapter folder (adapter_config.json) — Cancel for the base model alone");
        String adapter = a.open();
        AskConsoles.open(Path.of(model), adapter == null ? null : Path.of(adapter));
    }
}

package io.medreason.ui.console;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;

/** Opens <em>Ask the Model</em> consoles. */
public final class AskConsoles {

    /** Sampling for the console: Qwen2.5-Instruct's defaults, answers up to 512 new tokens. */
    static final List<String> SAMPLING = List.of("--max-new-tokens", "512");

    private AskConsoles() {
    }

    /** Opens (and shows) a console for {@code model} with {@code adapter} (null for the base model). */
    public static AskConsole open(Path model, Path adapter) {
        return open(model, adapter, SAMPLING);
    }

    /** Same, with explicit {@code ask} sampling flags. */
    public static AskConsole open(Path model, Path adapter, List<String> sampling) {
        AskConsole console = new AskConsole(model, adapter, sampling);
        IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
        manager.addConsoles(new IConsole[] {console});
        manager.showConsoleView(console);
        return console;
    }
}

package io.medreason.ui.launch;

import io.medreason.launching.TrainingAttributes;
import io.medreason.launching.TrainingLaunch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;

import io.medreason.ui.MedReasonUi;
import io.medreason.ui.dataset.DatasetFiles;

/**
 * <em>Run As › LoRA Fine-tuning</em> on a data set (content type SFT Data Set, {@link DatasetFiles}): reuses the
 * configuration already training on that file, or creates one with the reference recipe, the first model folder
 * found in the project ({@code models/…/config.json}) and a run folder {@code runs/<data set>-<time>}; a
 * configuration that is not complete opens the launch dialog instead of running. Any other file is refused with a
 * message naming it.
 */
public final class TrainingLaunchShortcut implements ILaunchShortcut {

    /** The launch group of the Run Configurations dialog. */
    static final String RUN_GROUP = "org.eclipse.debug.ui.launchGroup.run";

    /** The title of its messages, the shortcut's label. */
    public static final String TITLE = "LoRA Fine-tuning";

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IFile file = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (file != null) {
                launch(file, mode);
            }
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file != null) {
            launch(file, mode);
        }
    }

    private void launch(IFile file, String mode) {
        IWorkbenchWindow window = MedReasonUi.getDefault().getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        if (!DatasetFiles.isDataset(file)) { // Run As shows for data sets only; a caller may not ask
            MessageDialog.openInformation(shell, TITLE, DatasetFiles.notADataset(file));
            return;
        }
        try {
            ILaunchConfiguration config = configurationFor(file);
            if (TrainingAttributes.validate(config) == null) {
                DebugUITools.launch(config, mode);
            } else {
                DebugUITools.openLaunchConfigurationDialogOnGroup(shell,
                        new org.eclipse.jface.viewers.StructuredSelection(config), RUN_GROUP);
            }
        } catch (CoreException e) {
            MedReasonUi.logError("Cannot launch LoRA fine-tuning on " + file.getFullPath(), e);
        }
    }

    /** The configuration training on {@code file}: an existing one, or a new saved one. */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunch.TYPE_ID);
        Path data = Path.of(file.getLocationURI());
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (Path.of(TrainingAttributes.get(c, "data")).equals(data)) {
                return c;
            }
        }
        String base = file.getName().replaceFirst("\\.jsonl?$", "");
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(
                "LoRA " + base));
        TrainingAttributes.setDefaults(wc);
        wc.setAttribute(TrainingAttributes.key("data"), data.toString());
        Path project = Path.of(file.getProject().getLocationURI());
        firstModel(project).ifPresent(m -> wc.setAttribute(TrainingAttributes.key("model"), m.toString()));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        wc.setAttribute(TrainingAttributes.key("output"), project.resolve("runs").resolve(base + "-" + stamp)
                .toString());
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] {file});
        return wc.doSave();
    }

    private static Optional<Path> firstModel(Path project) {
        try (Stream<Path> walk = Files.walk(project, 3)) {
            return walk.filter(p -> p.getFileName().toString().equals("config.json"))
                    .map(Path::getParent)
                    .filter(d -> Files.isRegularFile(d.resolve("tokenizer.json")))
                    .sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

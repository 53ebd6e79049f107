package io.medreason.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.ui.actions.ILaunchable;

import io.medreason.ui.dataset.DatasetFiles;

/**
 * Makes files {@link ILaunchable}, so that the Project Explorer shows <em>Run As</em> on them: the debug UI's context
 * menu asks only whether an adapter is declared (plugin.xml), and without one it shows Run As on resources only
 * until {@code org.eclipse.debug.core} starts. Which shortcuts the submenu lists is up to their own enablement: LoRA
 * Fine-tuning for data sets only. The adapter itself is given for data sets only.
 */
public final class LaunchableAdapterFactory implements IAdapterFactory {

    private static final ILaunchable LAUNCHABLE = new ILaunchable() { };

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type == ILaunchable.class && adaptable instanceof IFile file && DatasetFiles.isDataset(file)) {
            return type.cast(LAUNCHABLE);
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {ILaunchable.class};
    }
}

package io.medreason.ui.start;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.osgi.framework.Bundle;

import io.medreason.ui.MedReasonUi;

/**
 * The sample project of File › New › MedReason Sample Project: the sample data set ({@value #DATA}: 49 medical-o1
 * records in Simplified Chinese), the tiny random Qwen2 model ({@value #MODEL}) and a shared LoRA Fine-tuning launch
 * configuration ({@value #LAUNCH_FILE}) that trains it for about a minute on a CPU ({@link SampleLaunch}). The files
 * ship inside this bundle under {@code sample/} (copied there at build time from the repository's {@code samples/}
 * and {@code models/}).
 */
public final class SampleProject {

    /** The default project name. */
    public static final String DEFAULT_NAME = "medreason-sample";
    /** The data set, relative to the project. */
    public static final String DATA = "data/medical-o1-zh-sample.json";
    /** The model folder, relative to the project. */
    public static final String MODEL = "models/tiny-qwen2";
    /** The run folder the launch configuration trains into, relative to the project. */
    public static final String RUN = "runs/first-run";
    /** The launch configuration's name (its file is this name + {@code .launch}). */
    public static final String LAUNCH_NAME = "Train tiny-qwen2 on the sample";
    /** The shared launch configuration file, relative to the project. */
    public static final String LAUNCH_FILE = LAUNCH_NAME + ".launch";
    /** Where the sample's files are inside this bundle. */
    static final String BUNDLE_FOLDER = "sample";

    private final IProject project;

    private SampleProject(IProject project) {
        this.project = project;
    }

    /** Creates and opens {@code project} with the sample's files and launch configuration. */
    public static SampleProject create(IProject project, IProgressMonitor monitor) throws CoreException {
        SubMonitor sub = SubMonitor.convert(monitor, "Creating the MedReason sample project", 10);
        if (!project.exists()) {
            project.create(sub.split(1));
        }
        project.open(sub.split(1));
        List<URL> entries = bundleEntries();
        SubMonitor copy = sub.split(7).setWorkRemaining(entries.size());
        for (URL entry : entries) {
            copyEntry(project, entry, copy.split(1));
        }
        SampleProject sample = new SampleProject(project);
        SampleLaunch.create(project, sample.location(MODEL), sample.location(DATA), sample.location(RUN));
        sub.split(1);
        return sample;
    }

    /** The first open project of the workspace that holds the sample's data set and launch configuration. */
    public static Optional<SampleProject> find() {
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (p.isOpen() && p.getFile(DATA).exists() && p.getFile(LAUNCH_FILE).exists()) {
                return Optional.of(new SampleProject(p));
            }
        }
        return Optional.empty();
    }

    public IProject project() {
        return project;
    }

    public IFile dataFile() {
        return project.getFile(DATA);
    }

    /** The file system location of a path inside the project. */
    public Path location(String relative) {
        return Path.of(project.getLocation().append(relative).toOSString());
    }

    /** The project's shared launch configuration. */
    public ILaunchConfiguration launchConfiguration() {
        return SampleLaunch.of(project.getFile(LAUNCH_FILE));
    }

    private static List<URL> bundleEntries() throws CoreException {
        Bundle bundle = Platform.getBundle(MedReasonUi.PLUGIN_ID);
        Enumeration<URL> found = bundle.findEntries(BUNDLE_FOLDER, "*", true);
        List<URL> files = new ArrayList<>();
        for (URL url : found == null ? Collections.<URL>emptyList() : Collections.list(found)) {
            if (!url.getPath().endsWith("/")) {
                files.add(url);
            }
        }
        if (files.isEmpty()) {
            throw new CoreException(Status.error("The sample's files are missing from bundle "
                    + MedReasonUi.PLUGIN_ID + " (folder " + BUNDLE_FOLDER + "/): the product was built without them"));
        }
        return files;
    }

    private static void copyEntry(IProject project, URL entry, IProgressMonitor monitor) throws CoreException {
        String path = entry.getPath();
        String relative = path.substring(path.indexOf("/" + BUNDLE_FOLDER + "/") + BUNDLE_FOLDER.length() + 2);
        IFile file = project.getFile(relative);
        createFolders(file.getParent());
        try (InputStream in = entry.openStream()) {
            if (file.exists()) {
                file.setContents(in, true, false, monitor);
            } else {
                file.create(in, true, monitor);
            }
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot copy " + relative + " into " + project.getName() + ": "
                    + e.getMessage(), e));
        }
    }

    private static void createFolders(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createFolders(folder.getParent());
            folder.create(true, true, null);
        }
    }
}

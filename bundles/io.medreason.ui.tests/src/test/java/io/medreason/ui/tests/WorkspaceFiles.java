package io.medreason.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Projects and files of the test workspace, made through the resources API as a user's actions would make them. */
public final class WorkspaceFiles {

    private WorkspaceFiles() {
    }

    /** The open project {@code name}, created when it does not exist yet. */
    public static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        return project;
    }

    /** {@code name} in {@code project} with exactly {@code content} (UTF-8), replacing an earlier file. */
    public static IFile write(String project, String name, String content) throws CoreException {
        IFile file = project(project).getFile(name);
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }
}

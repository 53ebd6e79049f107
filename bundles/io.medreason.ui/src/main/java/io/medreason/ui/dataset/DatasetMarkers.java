package io.medreason.ui.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import io.medreason.dataset.validation.Problem;
import io.medreason.dataset.validation.ProblemKind;
import io.medreason.dataset.validation.Validator;

/**
 * Problems view markers for the {@link Validator}'s problems: type {@link #TYPE}, with the record's 0-based index in
 * {@link #RECORD_INDEX}. At most {@link #LIMIT} markers per file; one more marker says how many were left out.
 */
public final class DatasetMarkers {

    /** The marker type (a problem marker, not persistent). */
    public static final String TYPE = "io.medreason.ui.datasetProblem";

    /** Integer attribute: the record's index in the data set. */
    public static final String RECORD_INDEX = "recordIndex";

    /** String attribute: the kind of problem ({@link ProblemKind#name()}). */
    public static final String KIND = "problemKind";

    static final int LIMIT = 2000;

    private DatasetMarkers() {
    }

    /** Replaces the file's data set markers with {@code problems}, in one workspace operation. */
    public static void replace(IFile file, List<Problem> problems) throws CoreException {
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            int shown = Math.min(LIMIT, problems.size());
            for (Problem problem : problems.subList(0, shown)) {
                file.createMarker(TYPE, attributes(problem));
            }
            if (shown < problems.size()) {
                file.createMarker(TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_INFO, IMarker.MESSAGE,
                        (problems.size() - shown) + " more problems not shown; counts by kind: "
                                + Validator.countByKind(problems)));
            }
        };
        ResourcesPlugin.getWorkspace().run(update, file, 0, null);
    }

    /** Removes the file's data set markers. */
    public static void clear(IFile file) throws CoreException {
        if (file.exists()) {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        }
    }

    private static Map<String, Object> attributes(Problem problem) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.MESSAGE, problem.toString());
        attributes.put(IMarker.SEVERITY, switch (problem.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        attributes.put(IMarker.LOCATION, "record " + problem.recordIndex());
        attributes.put(RECORD_INDEX, problem.recordIndex());
        attributes.put(KIND, problem.kind().name());
        return attributes;
    }
}

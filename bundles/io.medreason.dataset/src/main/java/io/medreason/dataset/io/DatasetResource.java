package io.medreason.dataset.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import io.medreason.dataset.model.Dataset;

/**
 * An EMF {@link Resource} holding one {@link Dataset}, for editors that work through a {@code ResourceSet} and an
 * editing domain. Loading reads the file as {@link DatasetIO} does (strict by default; pass {@link #OPTION_LENIENT}
 * {@code = true} to read what is readable: skipped records and repairs then appear in {@link #getErrors()} and
 * {@link #getWarnings()} with line and column). Saving to a {@code file:} URI is atomic ({@link AtomicFile}); other
 * URIs are written through the resource set's URI converter (in the workbench, {@code IFile.setContents}).
 */
public class DatasetResource extends ResourceImpl {

    /** Load option (Boolean): read leniently. */
    public static final String OPTION_LENIENT = "io.medreason.dataset.lenient";

    /** Load option (Integer): longest string value accepted, in characters. */
    public static final String OPTION_MAX_STRING = "io.medreason.dataset.maxString";

    private LoadResult loadResult;

    public DatasetResource(URI uri) {
        super(uri);
    }

    /** The data set, or null before loading. */
    public Dataset getDataset() {
        return getContents().isEmpty() ? null : (Dataset) getContents().get(0);
    }

    /** What the last load read, skipped and repaired; null before loading. */
    public LoadResult getLoadResult() {
        return loadResult;
    }

    @Override
    protected void doLoad(InputStream in, Map<?, ?> options) throws IOException {
        boolean lenient = options != null && Boolean.TRUE.equals(options.get(OPTION_LENIENT));
        int maxString = options != null && options.get(OPTION_MAX_STRING) instanceof Integer max ? max
                : DatasetReader.DEFAULT_MAX_STRING;
        Path name = uri.isFile() ? Path.of(uri.toFileString()) : Path.of(String.valueOf(uri.lastSegment()));
        loadResult = new DatasetReader(lenient, maxString).read(name, in.readAllBytes(), uri.isFile()
                ? name.toAbsolutePath().toString() : uri.toString());
        for (SkippedRecord skipped : loadResult.skipped()) {
            getErrors().add(new Problem(skipped.toString(), skipped.line(), skipped.column()));
        }
        for (String note : loadResult.notes()) {
            getWarnings().add(new Problem(note, 0, 0));
        }
        getContents().add(loadResult.dataset());
    }

    @Override
    protected void doSave(OutputStream out, Map<?, ?> options) throws IOException {
        Dataset dataset = getDataset();
        if (dataset != null) {
            DatasetIO.write(dataset, out);
        }
    }

    /** Saves a {@code file:} URI atomically; other URIs as EMF does. */
    @Override
    public void save(Map<?, ?> options) throws IOException {
        URI target = getURIConverter().normalize(uri);
        if (!target.isFile() || getDataset() == null) {
            super.save(options);
            return;
        }
        DatasetIO.save(getDataset(), Path.of(target.toFileString()));
        setModified(false);
    }

    /** A load problem for {@link #getErrors()} / {@link #getWarnings()}. */
    private final class Problem implements Resource.Diagnostic {
        private final String message;
        private final int line;
        private final int column;

        Problem(String message, long line, long column) {
            this.message = message;
            this.line = (int) line;
            this.column = (int) column;
        }

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public String getLocation() {
            return uri.toString();
        }

        @Override
        public int getLine() {
            return line;
        }

        @Override
        public int getColumn() {
            return column;
        }
    }

}

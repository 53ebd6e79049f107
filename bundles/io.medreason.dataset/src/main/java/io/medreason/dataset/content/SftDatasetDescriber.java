package io.medreason.dataset.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

import io.medreason.dataset.io.DatasetProbe;

/**
 * The describer of the content type {@value #CONTENT_TYPE} (plugin.xml): VALID for a data set that
 * {@link io.medreason.dataset.io.DatasetIO} reads, INVALID for other JSON (a model's {@code config.json}, a run's
 * {@code metrics.jsonl}), INDETERMINATE when the beginning is too short to tell. Reads at most
 * {@link DatasetProbe#LIMIT} of a file.
 *
 * <p>The only class of this bundle that needs {@code org.eclipse.core.contenttype} (an optional dependency): only
 * the Eclipse content type registry loads it, so the bundle still runs in a plain JVM.
 */
public final class SftDatasetDescriber implements ITextContentDescriber {

    /** The id of the SFT data set content type. */
    public static final String CONTENT_TYPE = "io.medreason.dataset.sft";

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return answer(DatasetProbe.probe(contents));
    }

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        return answer(DatasetProbe.probe(contents));
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }

    private static int answer(DatasetProbe.Verdict verdict) {
        return switch (verdict) {
            case DATASET -> VALID;
            case NOT_DATASET -> INVALID;
            case UNKNOWN -> INDETERMINATE;
        };
    }
}

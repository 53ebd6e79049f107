package io.medreason.ui.dataset;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;

import io.medreason.dataset.content.SftDatasetDescriber;

/**
 * Whether a workspace file is an SFT data set: its content type is (a kind of)
 * {@value SftDatasetDescriber#CONTENT_TYPE}, which {@link SftDatasetDescriber} judges from the first 64 KB. The same
 * question as the plugin.xml expressions of <em>Convert Dataset</em> and <em>Run As › LoRA Fine-tuning</em>
 * ({@code org.eclipse.core.resources.contentTypeId} with {@code kindOf}) and the data set editor's content type
 * binding; the handlers ask it again in case they are invoked some other way.
 */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /** Whether {@code file} exists and its content type is a kind of SFT data set. */
    public static boolean isDataset(IFile file) {
        IContentType sft = Platform.getContentTypeManager().getContentType(SftDatasetDescriber.CONTENT_TYPE);
        IContentType type = contentType(file);
        return sft != null && type != null && type.isKindOf(sft);
    }

    /** Why {@code file} is refused: its path, its content type, what a data set is. */
    public static String notADataset(IFile file) {
        IContentType type = contentType(file);
        String actual = !file.exists() ? "it does not exist"
                : type == null ? "its content type is unknown" : "its content type is " + type.getName();
        return file.getFullPath() + " is not a data set (" + actual + "). A data set is a JSON array or JSON Lines "
                + "whose first record has the keys of medical-o1, text, Alpaca, ShareGPT or OpenAI messages.";
    }

    private static IContentType contentType(IFile file) {
        if (!file.exists()) {
            return null;
        }
        try {
            IContentDescription description = file.getContentDescription();
            return description == null ? null : description.getContentType();
        } catch (CoreException e) { // out of sync with the file system, or unreadable: not something to train on
            return null;
        }
    }
}

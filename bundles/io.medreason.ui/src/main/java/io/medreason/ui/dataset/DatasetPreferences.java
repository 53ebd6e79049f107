package io.medreason.ui.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.preference.IPreferenceStore;

import io.medreason.dataset.validation.ValidationOptions;
import io.medreason.ui.MedReasonUi;

/** The data set editor's preferences: the tokenizer's model folder and the maximum record length. */
public final class DatasetPreferences {

    /** Folder of a Hugging Face model whose {@code tokenizer.json} counts tokens; empty for characters only. */
    public static final String TOKENIZER_FOLDER = "dataset.tokenizerFolder";

    /** Longest record (in tokens, or characters without a tokenizer) before a record is flagged as too long. */
    public static final String MAX_LENGTH = "dataset.maxLength";

    private DatasetPreferences() {
    }

    public static IPreferenceStore store() {
        return MedReasonUi.getDefault().getPreferenceStore();
    }

    static void initializeDefaults(IPreferenceStore store) {
        store.setDefault(TOKENIZER_FOLDER, "");
        store.setDefault(MAX_LENGTH, ValidationOptions.DEFAULT_MAX_LENGTH);
    }

    /** The configured tokenizer folder when it holds a {@code tokenizer.json}. */
    public static Optional<Path> tokenizerFolder() {
        String folder = store().getString(TOKENIZER_FOLDER).trim();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Path.of(folder);
        return Files.isRegularFile(dir.resolve("tokenizer.json")) ? Optional.of(dir) : Optional.empty();
    }

    public static int maxLength() {
        int max = store().getInt(MAX_LENGTH);
        return max > 0 ? max : ValidationOptions.DEFAULT_MAX_LENGTH;
    }
}

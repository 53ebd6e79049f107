package io.medreason.ui.dataset;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Sets the defaults of {@link DatasetPreferences} (no tokenizer, 2048 tokens). */
public final class DatasetPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        DatasetPreferences.initializeDefaults(DatasetPreferences.store());
    }
}

package io.medreason.ui.dataset;

import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences › MedReason Studio: the tokenizer model folder and the maximum length of a record. */
public final class DatasetPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public DatasetPreferencePage() {
        super(GRID);
        setDescription("Token counts in the data set editor use the tokenizer.json of a Hugging Face model folder "
                + "(for example a Qwen2.5 download). Without one, lengths are counted in characters.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(DatasetPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new DirectoryFieldEditor(DatasetPreferences.TOKENIZER_FOLDER, "Tokenizer model folder 分詞器模型資料夾:",
                getFieldEditorParent()));
        IntegerFieldEditor max = new IntegerFieldEditor(DatasetPreferences.MAX_LENGTH,
                "Maximum record length (tokens) 最大長度:", getFieldEditorParent());
        max.setValidRange(1, 1_000_000);
        addField(max);
    }
}

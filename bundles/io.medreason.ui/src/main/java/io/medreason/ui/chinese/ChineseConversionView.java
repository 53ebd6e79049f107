package io.medreason.ui.chinese;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

import io.medreason.chinese.ChineseConverter;
import io.medreason.chinese.Conversion;
import io.medreason.ui.dataset.RecordField;
import io.medreason.dataset.model.Record;

/**
 * The <em>Chinese Conversion</em> view: editable source text and its conversion side by side, converted as you type
 * (debounced, off the UI thread), changed characters highlighted, a profile selector, copy, and "apply to the record"
 * when a data set record is selected in an editor.
 */
public final class ChineseConversionView extends ViewPart implements ISelectionListener {

    public static final String ID = "io.medreason.ui.chineseConversion";
    static final long DEBOUNCE_MILLIS = 250;

    private Combo profile;
    private Combo field;
    private StyledText source;
    private StyledText target;
    private Label status;
    private Button apply;
    private Color changed;
    private Record record;
    private boolean updatingSource;
    private final ConversionJob job = new ConversionJob(this::showLater);

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        changed = new Color(255, 236, 153);
        createToolbar(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        source = text(sash, true);
        target = text(sash, false);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        source.addModifyListener(e -> sourceChanged());
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(this);
        parent.addDisposeListener(e -> changed.dispose());
        status.setText("Type or paste Simplified Chinese on the left 在左側輸入或貼上簡體中文");
    }

    private void createToolbar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(7, false));
        new Label(bar, SWT.NONE).setText("Profile 轉換設定:");
        profile = new Combo(bar, SWT.READ_ONLY);
        profile.setItems(ChineseConverter.profiles().toArray(String[]::new));
        profile.setText("s2twp");
        profile.addListener(SWT.Selection, e -> requestConversion(0));
        new Label(bar, SWT.NONE).setText("Field 欄位:");
        field = new Combo(bar, SWT.READ_ONLY);
        for (RecordField f : RecordField.values()) {
            field.add(f.label());
        }
        field.select(0);
        field.addListener(SWT.Selection, e -> showRecord());
        Button copy = new Button(bar, SWT.PUSH);
        copy.setText("Copy 複製");
        copy.addListener(SWT.Selection, e -> copy());
        apply = new Button(bar, SWT.PUSH);
        apply.setText("Apply to the record 套用至紀錄");
        apply.setEnabled(false);
        apply.addListener(SWT.Selection, e -> applyToRecord());
    }

    private static StyledText text(Composite parent, boolean editable) {
        StyledText text = new StyledText(parent, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        text.setEditable(editable);
        text.setLeftMargin(4);
        return text;
    }

    private void sourceChanged() {
        if (!updatingSource) {
            requestConversion(DEBOUNCE_MILLIS);
        }
    }

    private void requestConversion(long delay) {
        job.request(source.getText(), profile.getText(), delay);
    }

    private void showLater(Conversion conversion) {
        if (!source.isDisposed()) {
            source.getDisplay().asyncExec(() -> show(conversion));
        }
    }

    private void show(Conversion conversion) {
        if (source.isDisposed() || !conversion.source().equals(source.getText())) {
            return;
        }
        target.setText(conversion.text());
        target.setStyleRanges(ChangeHighlighter.target(conversion, changed));
        source.setStyleRanges(ChangeHighlighter.source(conversion, changed));
        status.setText(String.format("%,d characters, %,d changed (%d ranges) — %s", conversion.source().length(),
                conversion.changedSourceChars(), conversion.changes().size(), profile.getText()));
    }

    /** The converted text currently shown (for tests and copy). */
    public String convertedText() {
        return target.getText();
    }

    /** Replaces the source text and converts it at once (used by tests and by "follow selection"). */
    public void setSourceText(String text) {
        source.setText(text);
        requestConversion(0);
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(target.getDisplay());
        try {
            clipboard.setContents(new Object[] { target.getText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Record r) {
            record = r;
            showRecord();
        }
    }

    private void showRecord() {
        apply.setEnabled(record != null);
        if (record != null) {
            updatingSource = true;
            try {
                source.setText(selectedField().get(record));
            } finally {
                updatingSource = false;
            }
            requestConversion(0);
        }
    }

    private RecordField selectedField() {
        return RecordField.values()[Math.max(0, field.getSelectionIndex())];
    }

    private void applyToRecord() {
        EditingDomain domain = record == null ? null : AdapterFactoryEditingDomain.getEditingDomainFor(record);
        String converted = ChineseConverter.of(profile.getText()).convert(source.getText());
        if (domain == null) {
            status.setText("The record is not open in an editor 紀錄未在編輯器中開啟");
            return;
        }
        Command set = SetCommand.create(domain, record, selectedField().attribute(), converted);
        domain.getCommandStack().execute(set);
        status.setText("Applied to record " + record.getOriginalIndex() + " 已套用");
    }

    @Override
    public void setFocus() {
        source.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(this);
        job.cancel();
        super.dispose();
    }
}

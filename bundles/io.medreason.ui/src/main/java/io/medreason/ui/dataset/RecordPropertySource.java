package io.medreason.ui.dataset;

import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

import io.medreason.dataset.model.Record;
import io.medreason.dataset.validation.Problem;

/** The Properties view of a record: its index, fields (editable, through SetCommand), lengths and problems. */
final class RecordPropertySource implements IPropertySource {

    private static final String INDEX = "index";
    private static final String ORIGINAL = "originalIndex";
    private static final String PROBLEMS = "problems";

    private final DatasetSession session;
    private final Record record;

    RecordPropertySource(DatasetSession session, Record record) {
        this.session = session;
        this.record = record;
    }

    @Override
    public Object getEditableValue() {
        return record;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        PropertyDescriptor index = new PropertyDescriptor(INDEX, "Index 序號");
        PropertyDescriptor original = new PropertyDescriptor(ORIGINAL, "Index in the file");
        PropertyDescriptor problems = new PropertyDescriptor(PROBLEMS, "Problems 問題");
        index.setCategory("Record");
        original.setCategory("Record");
        problems.setCategory("Record");
        IPropertyDescriptor[] descriptors = new IPropertyDescriptor[3 + RecordField.values().length];
        descriptors[0] = index;
        descriptors[1] = original;
        descriptors[2] = problems;
        int i = 3;
        for (RecordField field : RecordField.values()) {
            TextPropertyDescriptor text = new TextPropertyDescriptor(field, field.label());
            text.setCategory("Fields");
            descriptors[i++] = text;
        }
        return descriptors;
    }

    @Override
    public Object getPropertyValue(Object id) {
        int position = session.records().indexOf(record);
        if (INDEX.equals(id)) {
            return position;
        }
        if (ORIGINAL.equals(id)) {
            return record.getOriginalIndex() < 0 ? "added" : Integer.toString(record.getOriginalIndex());
        }
        if (PROBLEMS.equals(id)) {
            return session.problemsOf(position).stream().map(Problem::message).collect(Collectors.joining("; "));
        }
        return id instanceof RecordField field ? field.get(record) : null;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (id instanceof RecordField field && value instanceof String text && !text.equals(field.get(record))) {
            session.execute(SetCommand.create(session.domain(), record, field.attribute(), text));
        }
    }
}

package io.medreason.ui.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import io.medreason.dataset.io.LoadResult;
import io.medreason.dataset.model.DatasetFactory;
import io.medreason.dataset.model.DatasetPackage;
import io.medreason.dataset.model.Record;
import io.medreason.dataset.stats.RecordLengths;
import io.medreason.dataset.validation.Problem;
import io.medreason.ui.dataset.RecordRows.Column;

/**
 * The Records page: a virtual table of every record (#, question, reasoning and response lengths, tokens, flags)
 * with sorting, a text or regular-expression filter, go to record, and add / duplicate / delete as EMF commands.
 */
final class RecordsPage extends Composite {

    /** A table row: the record and its index in the data set. */
    record Row(int index, Record record) {
    }

    private final DatasetSession session;
    private final Consumer<List<Record>> onSelect;
    private final RecordRows rows = new RecordRows();
    private final Text filterText;
    private final Button regexButton;
    private final Label status;
    private final Text gotoText;
    private final TableViewer viewer;

    RecordsPage(Composite parent, DatasetSession session, Consumer<List<Record>> onSelect) {
        super(parent, SWT.NONE);
        this.session = session;
        this.onSelect = onSelect;
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(10, false));
        new Label(bar, SWT.NONE).setText("Filter 篩選:");
        filterText = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterText.setMessage("text in any field");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        regexButton = new Button(bar, SWT.CHECK);
        regexButton.setText("Regular expression");
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        new Label(bar, SWT.NONE).setText("Go to #");
        gotoText = new Text(bar, SWT.BORDER);
        gotoText.setLayoutData(new GridData(70, SWT.DEFAULT));
        button(bar, "Add 新增", this::addRecord);
        button(bar, "Duplicate 複製", this::duplicateSelection);
        button(bar, "Delete 刪除", this::deleteSelection);
        new Label(bar, SWT.NONE);
        LoadResult load = session.loadResult();
        if (!load.isComplete()) {
            Label banner = new Label(this, SWT.WRAP);
            banner.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            banner.setText("Read leniently 寬鬆載入: " + load.summary()
                    + " — Save writes a new file; the original stays as it is.");
            banner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }

        viewer = new TableViewer(this, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (Column column : Column.values()) {
            TableColumn tableColumn = new TableColumn(table, column == Column.QUESTION || column == Column.FLAGS
                    ? SWT.LEFT : SWT.RIGHT);
            tableColumn.setText(column.label);
            tableColumn.setWidth(column.width);
            tableColumn.setData(column);
            tableColumn.addListener(SWT.Selection, e -> sortBy(column, tableColumn));
        }
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new LazyRows());
        viewer.setLabelProvider(new RowLabels());
        viewer.setInput(rows);
        viewer.addSelectionChangedListener(e -> onSelect.accept(selectedRecords()));
        filterText.addListener(SWT.Modify, e -> applyFilter());
        regexButton.addListener(SWT.Selection, e -> applyFilter());
        gotoText.addListener(SWT.DefaultSelection, e -> goTo(gotoText.getText().trim()));
        refresh();
    }

    private static void button(Composite bar, String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** Recomputes filter and order and redraws the visible rows (after any change of the model). */
    void refresh() {
        List<Record> selected = selectedRecords();
        rows.update(session.records(), this::comparator);
        viewer.setItemCount(rows.size());
        viewer.refresh();
        status.setText(rows.size() + " of " + session.records().size() + " records");
        status.getParent().layout();
        if (!selected.isEmpty()) {
            select(selected, false);
        }
    }

    /** Selects records (those not filtered out) and shows the first. */
    void select(Collection<Record> records, boolean reveal) {
        List<Record> all = session.records();
        List<Row> selection = new ArrayList<>();
        Table table = viewer.getTable();
        int first = -1;
        List<Integer> indices = new ArrayList<>();
        for (Record record : records) {
            int index = all.indexOf(record);
            int row = index < 0 ? -1 : rows.rowOf(index);
            if (row >= 0) {
                selection.add(new Row(index, record));
                indices.add(row);
                first = first < 0 ? row : first;
            }
        }
        table.setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
        if (reveal && first >= 0) {
            table.showItem(table.getItem(first));
        }
        onSelect.accept(selection.stream().map(Row::record).toList());
    }

    /** Selects the record with data set index {@code index}, clearing the filter when it hides that record. */
    void selectIndex(int index) {
        List<Record> all = session.records();
        if (index < 0 || index >= all.size()) {
            return;
        }
        if (rows.rowOf(index) < 0) {
            filterText.setText("");
            applyFilter();
        }
        select(List.of(all.get(index)), true);
    }

    List<Record> selectedRecords() {
        List<Record> selected = new ArrayList<>();
        for (int row : viewer.getTable().getSelectionIndices()) {
            if (row < rows.size()) {
                selected.add(session.records().get(rows.recordAt(row)));
            }
        }
        return selected;
    }

    TableViewer viewer() {
        return viewer;
    }

    Text filterField() {
        return filterText;
    }

    Button regexField() {
        return regexButton;
    }

    /** Rows shown now (for tests and the status line). */
    int visibleRows() {
        return rows.size();
    }

    private void applyFilter() {
        try {
            rows.setFilter(filterText.getText(), regexButton.getSelection());
            filterText.setForeground(null);
            filterText.setToolTipText(null);
        } catch (PatternSyntaxException e) {
            filterText.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
            filterText.setToolTipText(e.getDescription() + " at " + e.getIndex());
            status.setText("bad regular expression: " + e.getDescription());
            return;
        }
        refresh();
    }

    private void goTo(String text) {
        try {
            selectIndex(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            status.setText("not a record number: " + text);
        }
    }

    private void sortBy(Column column, TableColumn tableColumn) {
        boolean up = rows.sortColumn() != column || !rows.ascending();
        rows.sortBy(column, up);
        viewer.getTable().setSortColumn(tableColumn);
        viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private void addRecord() {
        Record record = DatasetFactory.eINSTANCE.createRecord();
        record.setQuestion("");
        record.setReasoning("");
        record.setResponse("");
        List<Record> selected = selectedRecords();
        int at = selected.isEmpty() ? session.records().size() : session.records().indexOf(selected.get(0)) + 1;
        session.execute(AddCommand.create(session.domain(), session.dataset(), DatasetPackage.Literals.DATASET__RECORDS,
                List.of(record), at));
    }

    private void duplicateSelection() {
        List<Record> selected = selectedRecords();
        if (selected.isEmpty()) {
            return;
        }
        List<Record> copies = new ArrayList<>();
        for (Record record : selected) {
            Record copy = EcoreUtil.copy(record);
            copy.setOriginalIndex(-1);
            copies.add(copy);
        }
        int last = selected.stream().mapToInt(session.records()::indexOf).max().orElse(session.records().size() - 1);
        Command add = AddCommand.create(session.domain(), session.dataset(), DatasetPackage.Literals.DATASET__RECORDS,
                copies, last + 1);
        session.execute(add);
    }

    private void deleteSelection() {
        List<Record> selected = selectedRecords();
        if (!selected.isEmpty()) {
            session.execute(RemoveCommand.create(session.domain(), session.dataset(),
                    DatasetPackage.Literals.DATASET__RECORDS, selected));
        }
    }

    private Comparator<Integer> comparator(Column column, List<Record> records) {
        RecordLengths lengths = session.lengths();
        return switch (column) {
            case INDEX -> Comparator.naturalOrder();
            case QUESTION -> Comparator.comparing(i -> RecordField.QUESTION.get(records.get(i)));
            case REASONING -> Comparator.comparingInt(i -> RecordField.REASONING.get(records.get(i)).length());
            case RESPONSE -> Comparator.comparingInt(i -> RecordField.RESPONSE.get(records.get(i)).length());
            case TOKENS -> Comparator.comparingInt(i -> lengths == null || i >= lengths.record().length ? -1
                    : lengths.record()[i]);
            case FLAGS -> Comparator.comparingInt(i -> session.problemsOf(i).size());
        };
    }

    /** Feeds the virtual table one row at a time. */
    private final class LazyRows implements ILazyContentProvider {
        @Override
        public void updateElement(int row) {
            if (row < rows.size()) {
                int index = rows.recordAt(row);
                viewer.replace(new Row(index, session.records().get(index)), row);
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        }
    }

    /** The cells of a row. */
    private final class RowLabels extends LabelProvider implements ITableLabelProvider {
        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            Row row = (Row) element;
            Record record = row.record();
            return switch (Column.values()[column]) {
                case INDEX -> Integer.toString(row.index());
                case QUESTION -> oneLine(RecordField.QUESTION.get(record));
                case REASONING -> length(record.getReasoning());
                case RESPONSE -> length(record.getResponse());
                case TOKENS -> tokens(row.index());
                case FLAGS -> flags(row.index());
            };
        }

        private String tokens(int index) {
            RecordLengths lengths = session.lengths();
            return lengths == null || !"tokens".equals(lengths.unit()) || index >= lengths.record().length ? ""
                    : Integer.toString(lengths.record()[index]);
        }

        private String flags(int index) {
            return session.problemsOf(index).stream().map(Problem::kind).distinct()
                    .map(kind -> kind.label()).collect(Collectors.joining("; "));
        }
    }

    private static String length(String value) {
        return value == null ? "—" : Integer.toString(value.codePointCount(0, value.length()));
    }

    private static String oneLine(String text) {
        String line = text.length() > 300 ? text.substring(0, 300) : text;
        return line.replace('\n', ' ').replace('\r', ' ');
    }

    /** The selected rows as a structured selection of records. */
    IStructuredSelection recordSelection() {
        return new StructuredSelection(selectedRecords());
    }
}

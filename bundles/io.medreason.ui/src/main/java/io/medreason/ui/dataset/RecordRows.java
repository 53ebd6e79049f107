package io.medreason.ui.dataset;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.medreason.dataset.model.Record;

/**
 * Which records the records table shows, in which order: a filter (text or regular expression over the question,
 * input, reasoning, response and text) and a sort column. Rows are indices into the data set's records.
 */
final class RecordRows {

    /** The sortable columns of the records table. */
    enum Column {
        INDEX("#", 60), QUESTION("Question 問題", 420), REASONING("Reasoning 推理 (chars)", 170),
        RESPONSE("Response 回答 (chars)", 170), TOKENS("Tokens (record)", 120), FLAGS("Flags 問題", 300);

        final String label;
        final int width;

        Column(String label, int width) {
            this.label = label;
            this.width = width;
        }
    }

    private int[] rows = new int[0];
    private String filter = "";
    private boolean regex;
    private Column sortColumn = Column.INDEX;
    private boolean ascending = true;

    /**
     * Sets the filter; an empty text shows every record.
     *
     * @throws PatternSyntaxException for a bad regular expression
     */
    void setFilter(String text, boolean asRegex) {
        if (asRegex && !text.isEmpty()) {
            Pattern.compile(text);
        }
        filter = text;
        regex = asRegex;
    }

    void sortBy(Column column, boolean up) {
        sortColumn = column;
        ascending = up;
    }

    Column sortColumn() {
        return sortColumn;
    }

    boolean ascending() {
        return ascending;
    }

    boolean isFiltered() {
        return !filter.isEmpty();
    }

    /** Recomputes the rows; {@code key} gives a sortable value of a record for a column. */
    void update(List<Record> records, SortKeys key) {
        IntPredicate keep = matcher(records);
        int[] kept = java.util.stream.IntStream.range(0, records.size()).filter(keep).toArray();
        if (sortColumn != Column.INDEX || !ascending) {
            Comparator<Integer> order = key.comparator(sortColumn, records);
            if (!ascending) {
                order = order.reversed();
            }
            kept = Arrays.stream(kept).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
        }
        rows = kept;
    }

    int size() {
        return rows.length;
    }

    /** The data set index of the record shown in {@code row}. */
    int recordAt(int row) {
        return rows[row];
    }

    /** The row showing the record with data set index {@code index}, or -1 when it is filtered out. */
    int rowOf(int index) {
        for (int row = 0; row < rows.length; row++) {
            if (rows[row] == index) {
                return row;
            }
        }
        return -1;
    }

    private IntPredicate matcher(List<Record> records) {
        if (filter.isEmpty()) {
            return i -> true;
        }
        if (regex) {
            Pattern pattern = Pattern.compile(filter);
            return i -> anyField(records.get(i), value -> pattern.matcher(value).find());
        }
        String needle = filter.toLowerCase(Locale.ROOT);
        return i -> anyField(records.get(i), value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static boolean anyField(Record record, java.util.function.Predicate<String> test) {
        for (String value : new String[] { record.getQuestion(), record.getInput(), record.getReasoning(),
                record.getResponse(), record.getText() }) {
            if (value != null && test.test(value)) {
                return true;
            }
        }
        return false;
    }

    /** Sort keys of the columns (lengths, tokens and flags come from the editor's state). */
    interface SortKeys {
        Comparator<Integer> comparator(Column column, List<Record> records);
    }
}

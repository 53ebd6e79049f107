package io.medreason.dataset.io;

import java.util.List;

import io.medreason.dataset.model.JsonLayout;

/**
 * Writes a list of turns nested inside a record member with the file's whitespace: one indent unit deeper per level
 * when the file is indented (the unit is what the record's member indent adds to its closing indent), the member
 * separator between items when it is on one line.
 */
final class NestedLayout {

    private final JsonLayout layout;
    private final JsonStringWriter strings;
    private final boolean indented;
    private final String unit;

    NestedLayout(JsonLayout layout, JsonStringWriter strings) {
        this.layout = layout;
        this.strings = strings;
        String field = layout.getFieldIndent();
        String close = layout.getCloseIndent();
        this.indented = field.indexOf('\n') >= 0;
        this.unit = indented && field.startsWith(close) && field.length() > close.length()
                ? field.substring(close.length()) : "  ";
    }

    /** The list as JSON text at member-value level. */
    String array(List<Conversation.Turn> turns) {
        if (turns.isEmpty()) {
            return "[]";
        }
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < turns.size(); i++) {
            text.append(i == 0 ? opening(2) : separator(2));
            object(text, turns.get(i));
        }
        return text.append(closing(1)).append(']').toString();
    }

    private void object(StringBuilder text, Conversation.Turn turn) {
        text.append('{');
        for (int i = 0; i < turn.keys().size(); i++) {
            text.append(i == 0 ? opening(3) : separator(3));
            text.append(strings.quote(turn.keys().get(i))).append(layout.getKeySeparator()).append(turn.values().get(i));
        }
        text.append(closing(2)).append('}');
    }

    private String indent(int level) {
        return layout.getFieldIndent() + unit.repeat(level - 1);
    }

    private String opening(int level) {
        return indented ? indent(level) : "";
    }

    private String separator(int level) {
        return indented ? "," + indent(level) : layout.getFieldSeparator();
    }

    private String closing(int level) {
        return indented ? indent(level) : "";
    }
}

package io.medreason.ui.chinese;

import java.util.List;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import io.medreason.chinese.Change;
import io.medreason.chinese.Conversion;

/** Turns a conversion's changed ranges into background highlights for the source and the converted text. */
final class ChangeHighlighter {

    private ChangeHighlighter() {
    }

    static StyleRange[] source(Conversion conversion, Color background) {
        return ranges(conversion.changes(), true, background);
    }

    static StyleRange[] target(Conversion conversion, Color background) {
        return ranges(conversion.changes(), false, background);
    }

    /** More ranges than this are not highlighted (a 1 MB paste stays responsive); the status line still counts them. */
    static final int MAX_RANGES = 5_000;

    private static StyleRange[] ranges(List<Change> changes, boolean source, Color background) {
        StyleRange[] styles = new StyleRange[Math.min(changes.size(), MAX_RANGES)];
        for (int i = 0; i < styles.length; i++) {
            Change change = changes.get(i);
            int start = source ? change.sourceStart() : change.targetStart();
            int end = source ? change.sourceEnd() : change.targetEnd();
            styles[i] = new StyleRange(start, end - start, null, background);
        }
        return styles;
    }
}

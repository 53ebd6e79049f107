package io.medreason.ui.compare;

import io.medreason.launching.ThinkSplitter;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * One column of the side-by-side view: a title, the sampling settings, and the answer as it streams in — the
 * {@code <think>} reasoning dimmed (grey, italic), the final answer highlighted (bold on a pale background).
 */
final class AnswerColumn {

    private final Composite root;
    private final Label title;
    private final Label sampling;
    private final StyledText text;
    private final Color dim;
    private final Color highlight;
    private final Font titleFont;
    private ThinkSplitter splitter = new ThinkSplitter();

    AnswerColumn(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        title = new Label(root, SWT.NONE);
        FontData fd = title.getFont().getFontData()[0];
        titleFont = new Font(root.getDisplay(), fd.getName(), fd.getHeight() + 1, SWT.BOLD);
        title.setFont(titleFont);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        sampling = new Label(root, SWT.WRAP);
        GridData sd = new GridData(SWT.FILL, SWT.TOP, true, false);
        sd.widthHint = 300;
        sampling.setLayoutData(sd);
        text = new StyledText(root, SWT.BORDER | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(6, 6, 6, 6);
        dim = new Color(0x80, 0x80, 0x80);
        highlight = new Color(0xFF, 0xF6, 0xD5);
        root.addListener(SWT.Dispose, e -> titleFont.dispose());
    }

    void setHeader(String titleText, String samplingText) {
        title.setText(titleText);
        sampling.setText(samplingText);
        root.layout(true);
    }

    /** Clears the answer for a new question. */
    void clear(String question) {
        splitter = new ThinkSplitter();
        text.setText("");
        StyleRange q = append("問 " + question + "\n\n", null, null, SWT.BOLD);
        text.setStyleRange(q);
    }

    /** Appends a streamed piece (on the UI thread). */
    void feed(String piece) {
        show(splitter.feed(piece));
    }

    /** Shows what the splitter still holds, then a closing note. */
    void finish(String note) {
        show(splitter.flush());
        if (note != null) {
            text.setStyleRange(append("\n" + note + "\n", dim, null, SWT.ITALIC));
        }
    }

    private void show(List<ThinkSplitter.Segment> segments) {
        for (ThinkSplitter.Segment s : segments) {
            StyleRange r = s.thinking() ? append(s.text(), dim, null, SWT.ITALIC)
                    : append(s.text(), null, highlight, SWT.BOLD);
            text.setStyleRange(r);
        }
        text.setTopIndex(text.getLineCount() - 1);
    }

    private StyleRange append(String s, Color fg, Color bg, int style) {
        int start = text.getCharCount();
        text.append(s);
        return new StyleRange(start, s.length(), fg, bg, style);
    }

    Composite control() {
        return root;
    }

    /** The column's title, sampling line and text (for tests). */
    String title() {
        return title.getText();
    }

    String samplingLine() {
        return sampling.getText();
    }

    StyledText text() {
        return text;
    }
}

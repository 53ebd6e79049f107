package io.medreason.ui.guide;

import io.medreason.ui.MedReasonUi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Help › MedReason User Guide: the guide that ships in this bundle ({@value #GUIDE}), shown as text — headings
 * ({@code # } / {@code ## } lines) in bold, command lines ({@code $ }) in a fixed colour. (Eclipse's help system
 * needs Lucene and an HTTP server that Maven Central does not offer as bundles; an in-product page needs neither.)
 */
public final class UserGuideView extends ViewPart {

    public static final String ID = "io.medreason.ui.guide.UserGuideView";
    /** The guide inside the bundle. */
    static final String GUIDE = "guide/user-guide.txt";

    private StyledText text;

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setMargins(12, 12, 12, 12);
        show(read());
    }

    static String read() {
        URL url = Platform.getBundle(MedReasonUi.PLUGIN_ID).getEntry(GUIDE);
        if (url == null) {
            return "The user guide (" + GUIDE + ") is missing from bundle " + MedReasonUi.PLUGIN_ID + ".";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "Cannot read the user guide: " + e.getMessage();
        }
    }

    private void show(String guide) {
        StringBuilder shown = new StringBuilder();
        java.util.List<StyleRange> styles = new java.util.ArrayList<>();
        Color command = new Color(0x00, 0x55, 0x88);
        for (String line : guide.split("\n", -1)) {
            int start = shown.length();
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "");
                shown.append(heading);
                styles.add(new StyleRange(start, heading.length(), null, null, SWT.BOLD));
            } else {
                shown.append(line);
                if (line.startsWith("  $ ")) {
                    styles.add(new StyleRange(start, line.length(), command, null, SWT.NORMAL));
                }
            }
            shown.append('\n');
        }
        text.setText(shown.toString());
        text.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    /** The text shown (for tests). */
    public String text() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}

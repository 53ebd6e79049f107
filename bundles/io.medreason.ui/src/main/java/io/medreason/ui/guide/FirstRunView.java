package io.medreason.ui.guide;

import io.medreason.ui.MedReasonUi;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Help › Distil Your First Model: the guided first run, step by step, each with a "Click to perform" link that runs
 * the step's command. The steps are read from {@value #CHEAT_SHEET}, an Eclipse cheat sheet file (title,
 * description, command serialization per item): org.eclipse.ui.cheatsheets itself cannot run in the product, since its
 * view needs org.eclipse.help.ui, whose help system needs Lucene bundles that Maven Central does not publish.
 */
public final class FirstRunView extends ViewPart {

    public static final String ID = "io.medreason.ui.guide.FirstRunView";
    static final String CHEAT_SHEET = "cheatsheets/first-model.xml";

    /** One step: its title, description and command (serialized as in a cheat sheet). */
    record Step(String title, String description, String command) {
    }

    private final List<Link> performLinks = new ArrayList<>();
    private Font bold;

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite c = new Composite(scroll, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        FontData fd = c.getFont().getFontData()[0];
        bold = new Font(c.getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        c.addListener(SWT.Dispose, e -> bold.dispose());
        List<Step> steps = read();
        Label title = new Label(c, SWT.NONE);
        title.setText("Distil your first model 蒸餾你的第一個模型");
        title.setFont(bold);
        for (Step s : steps) {
            addStep(c, s);
        }
        scroll.setContent(c);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> {
            int width = scroll.getClientArea().width;
            scroll.setMinSize(c.computeSize(width, SWT.DEFAULT));
        });
    }

    private void addStep(Composite c, Step step) {
        boolean intro = step.command() == null;
        if (!intro) {
            Label t = new Label(c, SWT.NONE);
            t.setText(step.title());
            t.setFont(bold);
            t.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        }
        Label d = new Label(c, SWT.WRAP);
        d.setText(step.description());
        GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
        gd.widthHint = 200;
        d.setLayoutData(gd);
        if (!intro) {
            Link perform = new Link(c, SWT.NONE);
            perform.setText("<a>Click to perform 點此執行</a>");
            perform.addListener(SWT.Selection, e -> perform(step));
            performLinks.add(perform);
        }
    }

    private void perform(Step step) {
        try {
            ICommandService commands = getSite().getService(ICommandService.class);
            ParameterizedCommand command = commands.deserialize(step.command());
            getSite().getService(IHandlerService.class).executeCommand(command, null);
        } catch (Exception e) {
            MedReasonUi.logError("Distil your first model: cannot perform '" + step.title() + "'", e);
        }
    }

    /** The intro (command null) and the steps of the cheat sheet file. */
    static List<Step> read() {
        List<Step> steps = new ArrayList<>();
        URL url = Platform.getBundle(MedReasonUi.PLUGIN_ID).getEntry(CHEAT_SHEET);
        try (InputStream in = url.openStream()) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            Element intro = (Element) root.getElementsByTagName("intro").item(0);
            steps.add(new Step("", text(intro), null));
            NodeList items = root.getElementsByTagName("item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                Element command = (Element) item.getElementsByTagName("command").item(0);
                steps.add(new Step(item.getAttribute("title"), text(item), command.getAttribute("serialization")));
            }
        } catch (Exception e) {
            steps.add(new Step("", "Cannot read " + CHEAT_SHEET + ": " + e.getMessage(), null));
        }
        return steps;
    }

    private static String text(Element parent) {
        String raw = parent.getElementsByTagName("description").item(0).getTextContent().strip();
        return raw.replaceAll("\\s*\\n\\s*", " ");
    }

    /** Clicks step {@code index}'s "Click to perform" (0: create the sample project) — for tests. */
    public void perform(int index) {
        List<Step> steps = read();
        perform(steps.get(index + 1));
    }

    /** The number of click-to-perform links shown (for tests). */
    public int performLinks() {
        return performLinks.size();
    }

    @Override
    public void setFocus() {
        if (!performLinks.isEmpty()) {
            performLinks.get(0).setFocus();
        }
    }
}

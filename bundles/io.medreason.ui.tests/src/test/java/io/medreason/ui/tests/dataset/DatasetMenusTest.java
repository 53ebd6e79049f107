package io.medreason.ui.tests.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.services.IEvaluationService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.medreason.core.run.RunProtocol;
import io.medreason.ui.chinese.ConvertDatasetHandler;
import io.medreason.ui.launch.TrainingLaunchShortcut;
import io.medreason.ui.tests.ModalDialogs;
import io.medreason.ui.tests.Screenshots;
import io.medreason.ui.tests.WorkspaceFiles;

/**
 * <em>Convert Dataset</em> and <em>Run As › LoRA Fine-tuning</em> are offered for data sets only, judged by content
 * type: the medical-o1 sample gets them, a model's config.json and tokenizer.json and a run's metrics.jsonl do not.
 * Checked three ways: the plugin.xml expressions evaluated by the expression framework, the real Project Explorer
 * context menu (with Run As on every file, LoRA Fine-tuning in it for data sets only) and Run menu, and the handlers
 * invoked directly on a file that is not a data set.
 */
class DatasetMenusTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
    private static final String SHORTCUT_ID = "io.medreason.ui.launch.trainingShortcut";
    private static final String CONVERT_ITEM = "Convert Dataset to Traditional Chinese… 轉為繁體";

    /** The files of a project: the sample data set first, then JSON that is not a data set. */
    private static Map<String, IFile> files() throws Exception {
        IProject project = WorkspaceFiles.project("選單測試");
        Map<String, IFile> files = new LinkedHashMap<>();
        files.put("sample", copy(REPO.resolve("samples/medical-o1-zh-sample.json"),
                project.getFile("medical-o1-zh-sample.json")));
        IFolder model = folder(folder(project, "models"), "tiny-qwen2");
        files.put("config", copy(REPO.resolve("models/tiny-qwen2/config.json"), model.getFile("config.json")));
        files.put("tokenizer", copy(REPO.resolve("models/tiny-qwen2/tokenizer.json"), model.getFile("tokenizer.json")));
        String step = RunProtocol.encode(RunProtocol.message(RunProtocol.STEP, "step", 1, "loss", 12.189)) + "\n";
        IFile metrics = folder(folder(project, "runs"), "demo").getFile("metrics.jsonl");
        files.put("metrics", write(metrics, step.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    @Test
    void pluginXmlExpressionsOfferBothForTheSampleOnly() throws Exception {
        Expression convert = ExpressionConverter.getDefault().perform(convertVisibleWhen());
        Expression shortcut = ExpressionConverter.getDefault().perform(shortcutEnablement());
        for (Map.Entry<String, IFile> e : files().entrySet()) {
            IFile file = e.getValue();
            boolean expected = e.getKey().equals("sample");
            // as the workbench evaluates a pop-up menu's visibleWhen: the current state plus the menu's selection
            IEvaluationContext menu = new EvaluationContext(state(), file);
            menu.addVariable(ISources.ACTIVE_MENU_SELECTION_NAME, new StructuredSelection(file));
            EvaluationResult convertResult = convert.evaluate(menu);
            // as the debug UI evaluates a shortcut's contextualLaunch enablement: "selection" is a list
            IEvaluationContext launch = new EvaluationContext(state(), List.of(file));
            launch.setAllowPluginActivation(true);
            launch.addVariable("selection", List.of(file));
            EvaluationResult shortcutResult = shortcut.evaluate(launch);
            System.out.printf("%s (%s): Convert Dataset %s, LoRA Fine-tuning %s%n", file.getFullPath(),
                    file.getContentDescription().getContentType().getName(), convertResult, shortcutResult);
            assertEquals(expected ? EvaluationResult.TRUE : EvaluationResult.FALSE, convertResult,
                    "Convert Dataset visible on " + file.getFullPath());
            assertEquals(expected ? EvaluationResult.TRUE : EvaluationResult.FALSE, shortcutResult,
                    "LoRA Fine-tuning enabled on " + file.getFullPath());
        }
    }

    @Test
    void projectExplorerAndRunMenuOfferBothForTheSampleOnly() throws Exception {
        Map<String, IFile> files = files();
        // the debug UI shows Run As on any resource until org.eclipse.debug.core starts, then on ILaunchable ones
        DebugPlugin.getDefault().getLaunchManager();
        assertEquals(Bundle.ACTIVE, Platform.getBundle("org.eclipse.debug.core").getState());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setSize(1400, 900);
        CommonNavigator explorer = (CommonNavigator) page.showView(PROJECT_EXPLORER);
        page.activate(explorer);
        Tree tree = explorer.getCommonViewer().getTree();
        String lora = "1 " + TrainingLaunchShortcut.TITLE;
        for (Map.Entry<String, IFile> e : files.entrySet()) {
            IFile file = e.getValue();
            boolean expected = e.getKey().equals("sample");
            explorer.selectReveal(new StructuredSelection(file));
            assertEquals(List.of(file), explorer.getCommonViewer().getStructuredSelection().toList());

            List<String> popUp = openContextMenu(tree, "context-menu-" + file.getName().replace('.', '-'));
            List<String> context = items(tree.getMenu(), "");
            List<String> run = items(menuBarItem(shell, "Run").getMenu(), "Run › ");
            System.out.println(file.getFullPath() + ": pop-up " + offered(popUp) + ", with submenus "
                    + offered(context) + ", Run menu " + offered(run));
            assertTrue(popUp.contains("Open With"), "not the Project Explorer's context menu: " + popUp);
            assertEquals(expected ? List.of("Run As", CONVERT_ITEM) : List.of("Run As"), offered(popUp),
                    "context menu of " + file.getFullPath() + ": " + popUp);
            assertEquals(expected ? List.of("Run As", "Run As › " + lora, CONVERT_ITEM) : List.of("Run As"),
                    offered(context), "context menu of " + file.getFullPath() + " with its submenus: " + context);
            assertEquals(expected ? List.of("Run › Run As › " + lora) : List.of(), offered(run),
                    "Run menu with " + file.getFullPath() + " selected: " + run);
        }
    }

    @Test
    void handlersRefuseAFileThatIsNotADataSet() throws Exception {
        Map<String, IFile> files = files();
        IFile config = files.get("config");
        ModalDialogs.Seen refused = ModalDialogs.closeFirst(() -> convert(config),
                "convert-dataset-refuses-config-json");
        assertNotNull(refused, "Convert Dataset on config.json opened no dialog");
        System.out.println("Convert Dataset on config.json: " + refused);
        assertEquals(ConvertDatasetHandler.TITLE, refused.title());
        assertTrue(refused.message().contains(config.getFullPath() + " is not a data set"), refused.message());

        ModalDialogs.Seen accepted = ModalDialogs.closeFirst(() -> convert(files.get("sample")), null);
        assertNotNull(accepted, "Convert Dataset on the sample opened no dialog");
        System.out.println("Convert Dataset on the sample: " + accepted);
        assertTrue(accepted.texts().contains("Convert Dataset to Traditional Chinese 轉換資料集為繁體中文"),
                "not the conversion dialog: " + accepted);

        ModalDialogs.Seen notLaunched = ModalDialogs.closeFirst(() -> new TrainingLaunchShortcut().launch(
                new StructuredSelection(config), "run"), "lora-fine-tuning-refuses-config-json");
        assertNotNull(notLaunched, "LoRA Fine-tuning on config.json opened no dialog");
        System.out.println("LoRA Fine-tuning on config.json: " + notLaunched);
        assertEquals(TrainingLaunchShortcut.TITLE, notLaunched.title());
        assertTrue(notLaunched.message().contains(config.getFullPath() + " is not a data set"),
                notLaunched.message());
    }

    /** Executes Convert Dataset through the command framework with {@code file} as the current selection. */
    private static void convert(IFile file) {
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IEvaluationContext context = handlers.createContextSnapshot(true);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(file));
        try {
            handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(
                    ConvertDatasetHandler.COMMAND_ID), null), null, context);
        } catch (Exception e) {
            throw new AssertionError("Convert Dataset failed on " + file.getFullPath(), e);
        }
    }

    private static IEvaluationContext state() {
        return PlatformUI.getWorkbench().getService(IEvaluationService.class).getCurrentState();
    }

    /** The first child of visibleWhen of the Convert Dataset command in io.medreason.ui's pop-up menu contribution. */
    private static IConfigurationElement convertVisibleWhen() {
        for (IConfigurationElement contribution : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.ui.menus")) {
            for (IConfigurationElement command : contribution.getChildren("command")) {
                if (ConvertDatasetHandler.COMMAND_ID.equals(command.getAttribute("commandId"))) {
                    return command.getChildren("visibleWhen")[0].getChildren()[0];
                }
            }
        }
        return fail("no menu contribution of " + ConvertDatasetHandler.COMMAND_ID);
    }

    /** The enablement of the LoRA Fine-tuning launch shortcut's contextualLaunch. */
    private static IConfigurationElement shortcutEnablement() {
        for (IConfigurationElement shortcut : Platform.getExtensionRegistry()
                .getConfigurationElementsFor("org.eclipse.debug.ui.launchShortcuts")) {
            if (SHORTCUT_ID.equals(shortcut.getAttribute("id"))) {
                return shortcut.getChildren("contextualLaunch")[0].getChildren("enablement")[0];
            }
        }
        return fail("no launch shortcut " + SHORTCUT_ID);
    }

    /** The items that this test is about: Convert Dataset, the Run As submenu, LoRA Fine-tuning anywhere. */
    private static List<String> offered(List<String> items) {
        return items.stream().filter(item -> item.contains("Convert Dataset") || item.equals("Run As")
                || item.contains("LoRA")).toList();
    }

    /** The texts of a menu's items after a Show event, as when it opens, submenus' as "Parent › Child". */
    private static List<String> items(Menu menu, String prefix) {
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            if ((item.getStyle() & SWT.SEPARATOR) != 0) {
                continue;
            }
            String text = prefix + text(item);
            texts.add(text);
            if (item.getMenu() != null) {
                texts.addAll(items(item.getMenu(), text + " › "));
            }
        }
        menu.notifyListeners(SWT.Hide, new Event());
        Screenshots.settle(50); // JFace empties a pull-down's proxy menu asynchronously after it hides
        return texts;
    }

    /**
     * Opens the context menu beside the selected item, as a right click does, saves the window with it as
     * {@code name}.png and returns the texts of its items (without submenus) while it is open.
     */
    private static List<String> openContextMenu(Tree tree, String name) throws Exception {
        Rectangle item = tree.getSelection()[0].getBounds();
        Menu menu = tree.getMenu();
        menu.setLocation(tree.toDisplay(item.x + item.width / 2, item.y + item.height / 2));
        menu.setVisible(true);
        try {
            Screenshots.save(tree.getShell(), name);
            List<String> texts = new ArrayList<>();
            for (MenuItem menuItem : menu.getItems()) {
                if ((menuItem.getStyle() & SWT.SEPARATOR) == 0) {
                    texts.add(text(menuItem));
                }
            }
            return texts;
        } finally {
            menu.setVisible(false);
            Screenshots.settle(100);
        }
    }

    private static String text(MenuItem item) {
        return item.getText().replace("&", "").replaceFirst("\t.*", "");
    }

    private static MenuItem menuBarItem(Shell shell, String text) {
        for (MenuItem item : shell.getMenuBar().getItems()) {
            if (item.getText().replace("&", "").equals(text)) {
                return item;
            }
        }
        return fail("no " + text + " menu");
    }

    private static IFolder folder(IContainer parent, String name) throws Exception {
        IFolder folder = parent.getFolder(IPath.fromOSString(name));
        if (!folder.exists()) {
            folder.create(true, true, null);
        }
        return folder;
    }

    private static IFile copy(Path source, IFile target) throws Exception {
        return write(target, Files.readAllBytes(source));
    }

    private static IFile write(IFile file, byte[] content) throws Exception {
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(content), true, null);
        return file;
    }
}

package io.medreason.ui.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.medreason.core.cli.UsageException;
import io.medreason.core.io.FileStamp;
import io.medreason.dataset.io.DatasetIO;
import io.medreason.dataset.io.LoadResult;
import io.medreason.dataset.model.Dataset;
import io.medreason.dataset.model.DatasetFormat;
import io.medreason.dataset.stats.DatasetStatistics;
import io.medreason.dataset.model.Record;
import io.medreason.dataset.validation.Problem;
import io.medreason.ui.MedReasonUi;

/**
 * The data set editor: a multi-page editor (Records, Record, Statistics) on {@code .json} / {@code .jsonl} SFT data
 * sets. Loads in a background job with progress; edits are EMF commands on one command stack (dirty state, Undo,
 * Redo); saves atomically; validates after load and save into Problems view markers that lead back to the record.
 */
public final class DatasetEditor extends MultiPageEditorPart implements IGotoMarker, IEditingDomainProvider {

    /** The editor's id in plugin.xml. */
    public static final String ID = "io.medreason.ui.datasetEditor";

    private static final int REVALIDATE_DELAY_MS = 600;
    private static final String TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";

    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final RecordSelectionProvider selectionProvider = new RecordSelectionProvider();
    private final CommandStackAction undoAction = CommandStackAction.undo(commandStack, this::commitPending);
    private final CommandStackAction redoAction = CommandStackAction.redo(commandStack, this::commitPending);
    private final Action revertAction = new Action("Re&vert") {
        @Override
        public void run() {
            if (!isDirty() || MessageDialog.openConfirm(getSite().getShell(), "Revert",
                    "Discard the changes to " + getPartName() + " and read the file again?")) {
                revert();
            }
        }
    };
    private final Runnable revalidate = this::revalidate;
    private Path path;
    private DatasetSession session;
    private StatusPage statusPage;
    private RecordsPage recordsPage;
    private RecordPage recordPage;
    private StatisticsPage statisticsPage;
    private int pendingGoto = -1;
    private Job loadJob;
    private Job validationJob;
    private String lastNotice;
    private final DiskChanges disk = new DiskChanges();
    private DiskWatch diskWatch;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        path = pathOf(input);
        super.init(site, input);
        site.setSelectionProvider(selectionProvider);
        setPartName(input.getName());
        revertAction.setActionDefinitionId("org.eclipse.ui.file.revert");
        revertAction.setId(ActionFactory.REVERT.getId());
        commandStack.addCommandStackListener(event -> {
            Display display = site.getShell().getDisplay();
            if (Display.getCurrent() == display) {
                updateActions(); // at once, so that Undo is enabled as soon as the command ran
            }
            display.asyncExec(this::commandStackChanged);
        });
        diskWatch = new DiskWatch(this, site, this::checkDisk);
    }

    private static Path pathOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput fileInput && fileInput.getFile().getLocation() != null) {
            return fileInput.getFile().getLocation().toPath();
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            return Path.of(uriInput.getURI());
        }
        throw new PartInitException("The data set editor opens local files only, not " + input.getName());
    }

    @Override
    protected void createPages() {
        statusPage = new StatusPage(getContainer(), () -> load(true), this::openAsText);
        setPageText(addPage(statusPage), "Data set 資料集");
        load(false);
    }

    /** Reads the file in a background job (progress in the page and the Progress view). */
    private void load(boolean lenient) {
        if (loadJob != null) {
            loadJob.cancel();
        }
        Path file = path;
        showStatusPage().loading(file.toString());
        Display display = getContainer().getDisplay();
        loadJob = new Job("Loading data set " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Reading " + file, 1000);
                int[] reported = { 0 };
                try {
                    FileStamp stamp = stampOf(file);
                    LoadResult result = DatasetIO.load(file, lenient, fraction -> {
                        int now = (int) Math.round(fraction * 1000);
                        monitor.worked(now - reported[0]);
                        reported[0] = now;
                        display.asyncExec(() -> {
                            if (statusPage != null && !statusPage.isDisposed()) {
                                statusPage.progress(fraction);
                            }
                        });
                    });
                    monitor.subTask("Validating " + result.recordsRead() + " records");
                    DatasetSession opened = new DatasetSession(file, result, commandStack);
                    List<Problem> problems = opened.validate();
                    display.asyncExec(() -> loaded(opened, problems, stamp));
                } catch (RuntimeException e) {
                    display.asyncExec(() -> loadFailed(file, e, lenient));
                }
                return Status.OK_STATUS;
            }
        };
        loadJob.setPriority(Job.LONG);
        loadJob.schedule();
    }

    /** Opens the file in the text editor instead (a JSON file that is not a data set) and closes this editor. */
    private void openAsText() {
        IWorkbenchPage page = getSite().getPage();
        try {
            page.openEditor(getEditorInput(), TEXT_EDITOR);
            page.closeEditor(this, false);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Text editor", e.getMessage());
        }
    }

    private StatusPage showStatusPage() {
        if (statusPage == null || statusPage.isDisposed()) {
            removeAllPages();
            statusPage = new StatusPage(getContainer(), () -> load(true), this::openAsText);
            setPageText(addPage(statusPage), "Data set 資料集");
        }
        setActivePage(0);
        return statusPage;
    }

    private void loadFailed(Path file, RuntimeException error, boolean wasLenient) {
        if (getContainer().isDisposed()) {
            return;
        }
        if (!(error instanceof UsageException)) {
            MedReasonUi.logError("cannot read " + file, error);
        }
        showStatusPage().failed(file.toString(), error, !wasLenient);
        updateMarkers(List.of());
    }

    private static FileStamp stampOf(Path file) {
        try {
            return FileStamp.of(file);
        } catch (IOException e) {
            return null; // the load that follows reports why the file cannot be read
        }
    }

    private void loaded(DatasetSession opened, List<Problem> problems, FileStamp stamp) {
        if (getContainer().isDisposed()) {
            opened.dispose();
            return;
        }
        disk.remember(stamp);
        if (session != null) {
            session.dispose();
        }
        session = opened;
        commandStack.flush();
        removeAllPages();
        statusPage = null;
        recordsPage = new RecordsPage(getContainer(), session, this::recordsSelected);
        setPageText(addPage(recordsPage), "Records 記錄");
        recordPage = new RecordPage(getContainer(), session);
        setPageText(addPage(recordPage), "Record 單筆");
        statisticsPage = new StatisticsPage(getContainer(), session, this::lengthsMeasured);
        setPageText(addPage(statisticsPage), "Statistics 統計");
        setActivePage(0);
        updateMarkers(problems);
        firePropertyChange(PROP_DIRTY);
        updateActions();
        if (pendingGoto >= 0) {
            recordsPage.selectIndex(pendingGoto);
            pendingGoto = -1;
        }
    }

    private void removeAllPages() {
        while (getPageCount() > 0) {
            removePage(0);
        }
    }

    private void recordsSelected(List<Record> records) {
        selectionProvider.setSelection(new StructuredSelection(records));
        if (recordPage != null && !recordPage.isDisposed()) {
            Record first = records.isEmpty() ? null : records.get(0);
            if (first != recordPage.record()) {
                recordPage.commitPending();
                recordPage.show(first);
            }
        }
    }

    private void lengthsMeasured() {
        if (recordsPage != null && !recordsPage.isDisposed()) {
            recordsPage.refresh();
        }
    }

    private void commandStackChanged() {
        if (session == null || recordsPage == null || recordsPage.isDisposed()) {
            return;
        }
        firePropertyChange(PROP_DIRTY);
        updateActions();
        recordsPage.refresh();
        Command recent = commandStack.getMostRecentCommand();
        Collection<?> affected = recent == null ? List.of() : recent.getAffectedObjects();
        List<Record> records = new ArrayList<>();
        for (Object object : affected) {
            if (object instanceof Record record && session.records().contains(record)) {
                records.add(record);
            }
        }
        if (!records.isEmpty()) {
            recordsPage.select(records, true);
        }
        Record shown = recordPage.record();
        recordPage.show(shown != null && session.records().contains(shown) ? shown : null);
        statisticsPage.invalidate();
        getContainer().getDisplay().timerExec(REVALIDATE_DELAY_MS, revalidate);
    }

    /**
     * Re-checks the records in a background job for the flags column after an edit (markers change on load and
     * save). A check that collides with a concurrent edit is dropped; that edit schedules the next one.
     */
    private void revalidate() {
        DatasetSession current = session;
        if (current == null || getContainer() == null || getContainer().isDisposed()) {
            return;
        }
        if (validationJob != null) {
            validationJob.cancel();
        }
        Display display = getContainer().getDisplay();
        validationJob = Job.create("Checking the data set", monitor -> {
            List<Problem> found;
            try {
                found = current.check();
            } catch (RuntimeException e) {
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> {
                if (session == current && recordsPage != null && !recordsPage.isDisposed()) {
                    current.setProblems(found);
                    recordsPage.refresh();
                }
            });
            return Status.OK_STATUS;
        });
        validationJob.setSystem(true);
        validationJob.schedule();
    }

    private void updateActions() {
        undoAction.update();
        redoAction.update();
        revertAction.setEnabled(session != null);
    }

    private void commitPending() {
        if (recordPage != null && !recordPage.isDisposed()) {
            recordPage.commitPending();
        }
    }

    @Override
    protected void pageChange(int newPageIndex) {
        commitPending();
        super.pageChange(newPageIndex);
        if (statisticsPage != null && !statisticsPage.isDisposed() && getControl(newPageIndex) == statisticsPage) {
            statisticsPage.showing();
        }
    }

    @Override
    public boolean isDirty() {
        return session != null && commandStack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return session != null;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;
        }
        commitPending();
        if (!session.loadResult().isComplete()) {
            MessageDialog.openInformation(getSite().getShell(), "Save",
                    "Some records of this file could not be read (" + session.loadResult().summary()
                            + ").\nSave the readable records to a new file; the original stays as it is.");
            doSaveAs();
            return;
        }
        if (!overwriteAllowed(monitor)) {
            return;
        }
        if (write(path, session.dataset().getFormat(), session.dataset().getContainer())) {
            disk.rememberNow(path);
            commandStack.saveIsDone();
            firePropertyChange(PROP_DIRTY);
            updateMarkers(session.validate());
            recordsPage.refresh();
        }
    }

    @Override
    public void doSaveAs() {
        if (session == null) {
            return;
        }
        commitPending();
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
        if (getEditorInput() instanceof IFileEditorInput fileInput) {
            dialog.setOriginalFile(fileInput.getFile());
        }
        dialog.setTitle("Save the data set as medical-o1 (Question, Complex_CoT, Response)");
        if (dialog.open() != SaveAsDialog.OK || dialog.getResult() == null) {
            return;
        }
        saveAs(ResourcesPlugin.getWorkspace().getRoot().getFile(dialog.getResult()));
    }

    /**
     * Writes the data set as medical-o1 to {@code target} (JSON Lines for .jsonl) and continues editing that file.
     */
    public void saveAs(IFile target) {
        commitPending();
        Path file = target.getLocation().toPath();
        if (write(file, DatasetFormat.MEDICAL_O1, DatasetIO.containerFor(file))) {
            updateMarkers(List.of());
            path = file;
            setInputWithNotify(new FileEditorInput(target));
            setPartName(target.getName());
            commandStack.flush();
            load(false);
        }
    }

    /**
     * Before a save: when the file changed on disk since it was read, asks Overwrite / Reload / Cancel. True when
     * the save goes on; Reload reads the file again (dropping the edits), Cancel keeps the edits unsaved.
     */
    private boolean overwriteAllowed(IProgressMonitor monitor) {
        if (!disk.changed(path)) {
            return true;
        }
        DiskChanges.Choice choice = DiskChanges.ask(getSite().getShell(), path);
        if (choice == DiskChanges.Choice.RELOAD) {
            revert();
            notice(path.getFileName() + " was read again from disk; your edits were dropped.");
        } else if (choice == DiskChanges.Choice.CANCEL && monitor != null) {
            monitor.setCanceled(true);
        }
        return choice == DiskChanges.Choice.OVERWRITE;
    }

    /**
     * On activation: a file changed on disk is read again at once when there are no unsaved edits (with a message
     * in the status line); with edits, the save will ask.
     */
    private void checkDisk() {
        if (session == null || getContainer() == null || getContainer().isDisposed() || !disk.changed(path)) {
            return;
        }
        if (isDirty()) {
            notice(path.getFileName() + " changed on disk; saving will ask whether to overwrite it.");
            return;
        }
        if (!java.nio.file.Files.exists(path)) {
            notice(path.getFileName() + " was deleted on disk; the editor keeps its records (Save As… writes them).");
            return;
        }
        revert();
        notice(path.getFileName() + " changed on disk and was read again 檔案已在磁碟上變更，已重新載入.");
    }

    private void notice(String message) {
        lastNotice = message;
        getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    private boolean write(Path file, DatasetFormat format, io.medreason.dataset.model.Container container) {
        Exception[] failure = { null };
        BusyIndicator.showWhile(getContainer().getDisplay(), () -> {
            try {
                DatasetIO.save(session.dataset(), file, format, container);
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
            }
        });
        refreshWorkspace(file);
        if (failure[0] != null) {
            MessageDialog.openError(getSite().getShell(), "Cannot save " + file.getFileName(),
                    failure[0].getMessage() + "\n\nThe file on disk was not changed.");
            return false;
        }
        return true;
    }

    private static void refreshWorkspace(Path file) {
        for (IFile resource : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
            try {
                resource.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                MedReasonUi.logError("cannot refresh " + resource, e);
            }
        }
    }

    /** Discards the edits and reads the file again. */
    public void revert() {
        commandStack.flush();
        session = null;
        recordsPage = null;
        firePropertyChange(PROP_DIRTY);
        load(false);
    }

    private void updateMarkers(List<Problem> problems) {
        if (!(getEditorInput() instanceof IFileEditorInput fileInput)) {
            return;
        }
        IFile file = fileInput.getFile();
        Job job = Job.create("Updating data set markers", monitor -> {
            try {
                if (problems.isEmpty()) {
                    DatasetMarkers.clear(file);
                } else {
                    DatasetMarkers.replace(file, problems);
                }
            } catch (CoreException e) {
                return e.getStatus();
            }
            return Status.OK_STATUS;
        });
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    @Override
    public void gotoMarker(IMarker marker) {
        int index = marker.getAttribute(DatasetMarkers.RECORD_INDEX, -1);
        if (index < 0) {
            return;
        }
        if (recordsPage == null || recordsPage.isDisposed()) {
            pendingGoto = index;
            return;
        }
        setActivePage(0);
        recordsPage.selectIndex(index);
    }

    @Override
    public EditingDomain getEditingDomain() {
        return session == null ? null : session.domain();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IGotoMarker.class) {
            return adapter.cast(this);
        }
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(object -> object instanceof Record record && session != null
                    ? new RecordPropertySource(session, record) : null);
            return adapter.cast(page);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (diskWatch != null) {
            diskWatch.dispose();
        }
        if (getContainer() != null && !getContainer().isDisposed()) {
            getContainer().getDisplay().timerExec(-1, revalidate);
        }
        if (validationJob != null) {
            validationJob.cancel();
        }
        if (loadJob != null) {
            loadJob.cancel();
        }
        if (session != null) {
            session.dispose();
        }
        super.dispose();
    }

    CommandStackAction undoAction() {
        return undoAction;
    }

    CommandStackAction redoAction() {
        return redoAction;
    }

    Action revertAction() {
        return revertAction;
    }

    // ---- state for other views and the UI tests ----

    /** The data set, or null while loading or after an error. */
    public Dataset dataset() {
        return session == null ? null : session.dataset();
    }

    /** The text of the loading or error page, or null when the data set is open. */
    public String statusText() {
        return statusPage == null || statusPage.isDisposed() ? null : statusPage.detailsText();
    }

    /** Loads the file again, skipping unreadable records (the error page's button). */
    public void openLeniently() {
        load(true);
    }

    /** Selects the record with this index on the Records page (clearing a filter that hides it). */
    public void selectRecord(int index) {
        if (recordsPage != null && !recordsPage.isDisposed()) {
            recordsPage.selectIndex(index);
        }
    }

    /** The records selected on the Records page (the editor's selection). */
    public List<Record> selectedRecords() {
        return recordsPage == null || recordsPage.isDisposed() ? List.of() : recordsPage.selectedRecords();
    }

    /** Sets the Records page's filter (text or regular expression); returns the number of rows shown. */
    public int filter(String text, boolean regex) {
        recordsPage.regexField().setSelection(regex);
        recordsPage.filterField().setText(text);
        return recordsPage.visibleRows();
    }

    /** The text area of a field on the Record page. */
    public Text fieldText(RecordField field) {
        return recordPage.area(field).text();
    }

    /** The character (and token) counts shown above a field's text area. */
    public String fieldCounts(RecordField field) {
        return recordPage.area(field).countsText();
    }

    /** The statistics shown on the Statistics page, or null before they are measured. */
    public DatasetStatistics statistics() {
        return statisticsPage == null || statisticsPage.isDisposed() ? null : statisticsPage.statistics();
    }

    /** Writes the Statistics page's charts as PNG files into {@code folder}. */
    public List<Path> exportCharts(Path folder) throws IOException {
        return statisticsPage.exportPng(folder);
    }

    /** The Records page's virtual table (its columns sort on selection), or null while loading. */
    public Table recordsTable() {
        return recordsPage == null || recordsPage.isDisposed() ? null : recordsPage.viewer().getTable();
    }

    /** Shows a page: 0 Records, 1 Record, 2 Statistics. */
    public void showPage(int index) {
        setActivePage(index);
    }

    /** The last message about the file on disk (changed and read again, or changed while edited), or null. */
    public String lastDiskNotice() {
        return lastNotice;
    }

    /** The number of pages (1 while loading or after an error, 3 when open). */
    public int pages() {
        return getPageCount();
    }
}

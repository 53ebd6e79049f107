package io.medreason.ui.dataset;

import io.medreason.core.io.FileStamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Tells the data set editor whether its file was changed by another program since the editor last read or wrote
 * it (a {@link FileStamp}: size, time and inode, then the content's hash), and asks what to do on save:
 * Overwrite, Reload or Cancel, as Eclipse's text editors do.
 */
final class DiskChanges {

    /** The answers of the save dialog, in button order. */
    enum Choice {
        OVERWRITE("Overwrite 覆寫"), RELOAD("Reload 重新載入"), CANCEL("Cancel 取消");

        final String label;

        Choice(String label) {
            this.label = label;
        }
    }

    /** Title of the save dialog (tests find it by this). */
    static final String TITLE = "File Changed on Disk 檔案已在磁碟上變更";

    private volatile FileStamp stamp;

    /** Remembers {@code stamp} as what the editor holds (taken before reading, so a change while reading shows). */
    void remember(FileStamp loaded) {
        stamp = loaded;
    }

    /** Remembers the file as it is now (after the editor wrote it); forgets it when it cannot be read. */
    void rememberNow(Path file) {
        try {
            stamp = FileStamp.of(file);
        } catch (IOException e) {
            stamp = null;
        }
    }

    /** True when the file differs from what the editor read or wrote (or is gone, or cannot be read). */
    boolean changed(Path file) {
        FileStamp known = stamp;
        if (known == null) {
            return false;
        }
        try {
            return known.changedOnDisk(file);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Asks whether to overwrite the changed file, reload it (dropping the edits) or cancel the save. A deleted file
     * cannot be reloaded: then the choice is Overwrite (write it again) or Cancel.
     */
    static Choice ask(Shell shell, Path file) {
        boolean exists = Files.exists(file);
        List<Choice> choices = exists ? List.of(Choice.values()) : List.of(Choice.OVERWRITE, Choice.CANCEL);
        String message = file.getFileName() + (exists ? " was changed" : " was deleted")
                + " by another program since it was opened.\n" + file + "\n\n"
                + "Overwrite: write your edits " + (exists ? "over it (the other program's change is lost)."
                        : "to it again.")
                + (exists ? "\nReload: read the file again and drop your edits." : "")
                + "\nCancel: do not save; your edits stay in the editor.";
        String[] labels = choices.stream().map(c -> c.label).toArray(String[]::new);
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.WARNING,
                choices.indexOf(Choice.CANCEL), labels);
        int answer = dialog.open();
        return answer >= 0 && answer < choices.size() ? choices.get(answer) : Choice.CANCEL;
    }
}

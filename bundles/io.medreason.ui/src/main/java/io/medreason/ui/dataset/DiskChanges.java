package io.medreason.ui.dataset;

import io.medreason.core.io.FileStamp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** Asks whether to overwrite the changed file, reload it (dropping the edits) or cancel the save. */
    static Choice ask(Shell shell, Path file) {
        String what = Files.exists(file) ? "was changed by another program" : "was deleted by another program";
        String message = file.getFileName() + " " + what + " since it was opened.\n"
                + file + "\n\n"
                + "Overwrite: write your edits over it (the other program's change is lost).\n"
                + "Reload: read the file again and drop your edits.\n"
                + "Cancel: do not save; your edits stay in the editor.";
        Choice[] all = Choice.values();
        String[] labels = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label;
        }
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.WARNING,
                Choice.CANCEL.ordinal(), labels);
        int answer = dialog.open();
        return answer >= 0 && answer < all.length ? all[answer] : Choice.CANCEL;
    }
}

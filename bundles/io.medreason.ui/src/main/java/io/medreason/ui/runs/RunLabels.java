package io.medreason.ui.runs;

import io.medreason.core.run.RunProtocol;
import io.medreason.launching.RunState;
import io.medreason.launching.RunStatus;

import java.util.Locale;
import java.util.Map;

/** The text of a run's columns in the Training Runs view. */
final class RunLabels {

    static final String[] COLUMNS = {"Run", "Status", "Step", "Loss", "Runtime", "Samples/s", "Folder",
        "Last output 最後輸出"};
    static final int[] WIDTHS = {200, 300, 80, 120, 80, 80, 320, 420};
    /** The columns whose tooltip is a failed run's whole message (status, last lines). */
    static final int STATUS = 1;
    static final int LAST_OUTPUT = 7;

    private RunLabels() {
    }

    static String column(RunState run, int index) {
        Map<String, Object> summary = run.summary();
        return switch (index) {
            case 0 -> run.name();
            case 1 -> status(run);
            case 2 -> run.lastStep() + (run.totalSteps() > 0 ? " / " + run.totalSteps() : "");
            case 3 -> summary != null ? number(summary, "train_loss", "%.4f") + " (mean)"
                    : Double.isNaN(run.lastLoss()) ? "" : String.format(Locale.ROOT, "%.4f", run.lastLoss());
            case 4 -> summary != null ? number(summary, "train_runtime", "%.1f s") : "";
            case 5 -> summary != null ? number(summary, "train_samples_per_second", "%.3f") : "";
            case 6 -> run.folder().toString();
            case LAST_OUTPUT -> run.status() == RunStatus.FAILED ? lastLine(run.lastOutput()) : "";
            default -> "";
        };
    }

    static String status(RunState run) {
        RunStatus s = run.status();
        String text = s.name().toLowerCase(Locale.ROOT);
        return s == RunStatus.FAILED ? text + ": " + firstLine(run.failureReason()) : text;
    }

    private static String lastLine(String s) {
        String t = s.strip();
        return t.substring(t.lastIndexOf('\n') + 1);
    }

    /** The tooltip of a column: a failed run's whole message on its status and last output, else none. */
    static String tooltip(RunState run, int index) {
        if (index != STATUS && index != LAST_OUTPUT || run.status() != RunStatus.FAILED) {
            return null;
        }
        String failure = run.failure();
        return failure.isEmpty() ? null : failure;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }

    private static String number(Map<String, Object> m, String key, String format) {
        double v = RunProtocol.number(m, key);
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, format, v);
    }
}

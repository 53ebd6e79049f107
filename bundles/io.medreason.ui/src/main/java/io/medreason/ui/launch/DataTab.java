package io.medreason.ui.launch;

import org.eclipse.swt.widgets.Composite;

/** Data tab: the data set, template, Chinese conversion, length, loss mask, evaluation split and order. */
final class DataTab extends AttributeTab {

    @Override
    protected void createFields(Composite c) {
        path(c, "Training data set:", "data", false);
        combo(c, "Template:", "template", true, "chatml-reasoning", "alpaca-reasoning", "raw");
        combo(c, "Chinese conversion:", "convert", false, "s2twp", "s2twp-med", "s2tw", "s2t", "none");
        text(c, "Max length (tokens):", "max-length");
        combo(c, "Longer records:", "truncation", false, "drop", "cut");
        combo(c, "Loss on:", "train-on", false, "assistant", "all");
        path(c, "Eval data set (optional):", "eval-data", false);
        text(c, "Eval fraction (0 = none):", "eval-fraction");
        text(c, "Eval every N steps (0 = never):", "eval-every");
        check(c, "Keep the records in file order (no shuffling)", "no-shuffle");
        note(c, "medical-o1 records (Question, Complex_CoT, Response) or {\"text\"} records, as a JSON array or JSON"
                + " Lines. s2twp converts Simplified Chinese to Taiwan Traditional with Taiwan phrases (e.g. 醫生 "
                + "stays, 软件 → 軟體). Longer records are dropped by default: a reasoning trace cut at the maximum "
                + "length loses its end-of-turn token and teaches the model not to stop.");
    }

    @Override
    public String getName() {
        return "Data";
    }
}

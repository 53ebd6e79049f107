package io.medreason.launching;

import io.medreason.core.run.StepMetrics;

import java.util.List;
import java.util.Locale;

/** Steps as CSV with the protocol's key names as the header; figures a step does not have are left empty. */
public final class MetricsCsv {

    /** The header line. */
    public static final String HEADER = "run,step,epoch,loss,lr,grad_norm,tokens_per_second,samples_per_second,"
            + "elapsed_s,loss_scale,eval_loss";

    private MetricsCsv() {
    }

    /** Appends the rows of one run's steps. */
    public static void append(StringBuilder out, String run, List<StepMetrics> steps) {
        for (StepMetrics s : steps) {
            out.append(quote(run)).append(',').append(s.step());
            for (double v : new double[] {s.epoch(), s.loss(), s.lr(), s.gradNorm(), s.tokensPerSecond(),
                s.samplesPerSecond(), s.elapsedS(), s.lossScale(), s.evalLoss()}) {
                out.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            out.append('\n');
        }
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

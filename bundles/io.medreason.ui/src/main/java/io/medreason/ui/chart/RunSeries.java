package io.medreason.ui.chart;

import io.medreason.core.run.StepMetrics;
import io.medreason.launching.RunState;

import java.util.List;

import org.jfree.data.xy.XYSeries;

/**
 * The chart's series of one run: training loss raw and smoothed (an exponential moving average with TensorBoard's
 * bias correction), eval loss, learning rate, gradient norm and throughput, by step. {@link #update()} adds the steps
 * that arrived since the last call.
 */
final class RunSeries {

    /** Weight of the past in the smoothed loss. */
    static final double SMOOTHING = 0.9;

    final RunState run;
    final XYSeries loss;
    final XYSeries smoothed;
    final XYSeries eval;
    final XYSeries lr;
    final XYSeries gradNorm;
    final XYSeries throughput;
    /** True once the chart marked the run as failed. */
    boolean markedFailed;
    private int consumed;
    private double ema;
    private int emaCount;

    RunSeries(RunState run) {
        this.run = run;
        String n = run.name();
        loss = series(n + " loss");
        smoothed = series(n + " loss (smoothed)");
        eval = series(n + " eval loss");
        lr = series(n + " learning rate");
        gradNorm = series(n + " grad norm");
        throughput = series(n + " tokens/s");
    }

    private static XYSeries series(String key) {
        return new XYSeries(key, true, true);
    }

    /** Adds the new steps; true when there were any. */
    boolean update() {
        if (run.stepCount() < consumed) {
            clear();
        }
        List<StepMetrics> fresh = run.stepsFrom(consumed);
        if (fresh.isEmpty()) {
            return false;
        }
        for (XYSeries s : all()) {
            s.setNotify(false); // one redraw for all new points
        }
        for (StepMetrics s : fresh) {
            add(s);
        }
        consumed += fresh.size();
        for (XYSeries s : all()) {
            s.setNotify(true);
        }
        return true;
    }

    private void add(StepMetrics s) {
        double x = s.step();
        if (Double.isFinite(s.loss())) {
            loss.addOrUpdate(x, s.loss());
            ema = SMOOTHING * ema + (1 - SMOOTHING) * s.loss();
            emaCount++;
            smoothed.addOrUpdate(x, ema / (1 - Math.pow(SMOOTHING, emaCount)));
        }
        addFinite(eval, x, s.evalLoss());
        addFinite(lr, x, s.lr());
        addFinite(gradNorm, x, s.gradNorm());
        addFinite(throughput, x, s.tokensPerSecond());
    }

    private static void addFinite(XYSeries series, double x, double y) {
        if (Double.isFinite(y)) {
            series.addOrUpdate(x, y);
        }
    }

    private void clear() {
        for (XYSeries s : all()) {
            s.clear();
        }
        consumed = 0;
        ema = 0;
        emaCount = 0;
    }

    XYSeries[] all() {
        return new XYSeries[] {loss, smoothed, eval, lr, gradNorm, throughput};
    }
}

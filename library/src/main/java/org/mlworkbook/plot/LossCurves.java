package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * Training curves: the loss after every epoch of gradient descent, entry e of a history drawn at epoch e (entry 0
 * is the loss before the first step). Several runs on one chart compare settings, e.g. learning rates: too small
 * creeps down, a good one drops fast, too large oscillates or grows. A logarithmic y axis shows the slow last part
 * of the descent and an exponential divergence as straight lines.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class LossCurves {

    private LossCurves() {
    }

    /**
     * One loss history against the epoch, linear axes, no legend.
     *
     * @param title   the chart title; empty for none
     * @param history the loss per epoch, finite, not empty. Not modified (copied).
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, history is empty or holds NaN or ±∞
     */
    public static XYChart loss(String title, double[] history) {
        requireValues("loss", "history", history);
        XYChart chart = losses(title, Map.of("loss", history), false, "loss");
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * Several loss histories, one line per run in the map's iteration order (use a
     * {@link java.util.LinkedHashMap}); runs may have different numbers of epochs.
     *
     * @param title the chart title; empty for none
     * @param runs  name → loss per epoch, at least one entry, each finite and not empty. Not modified.
     * @param logY  a logarithmic y axis (every loss must then be &gt; 0)
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null or empty, a name is blank, a value is NaN or ±∞, or
     *                                  logY is set and a value is ≤ 0
     */
    public static XYChart losses(String title, Map<String, double[]> runs, boolean logY) {
        return losses(title, runs, logY, "losses");
    }

    private static XYChart losses(String title, Map<String, double[]> runs, boolean logY, String method) {
        requireTitle(method, title);
        if (runs == null || runs.isEmpty()) {
            throw new IllegalArgumentException(method + ": runs expected at least one name → history entry, got "
                    + (runs == null ? "null" : "an empty map"));
        }
        for (Map.Entry<String, double[]> run : runs.entrySet()) {
            requireName(method, "runs", run.getKey());
            requireValues(method, "run \"" + run.getKey() + "\"", run.getValue());
            for (int e = 0; logY && e < run.getValue().length; e++) {
                if (run.getValue()[e] <= 0) {
                    throw new IllegalArgumentException(String.format(
                            "%s: run \"%s\" expected losses > 0 for a logarithmic y axis, got %s at epoch %d",
                            method, run.getKey(), run.getValue()[e], e));
                }
            }
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        int longest = 0;
        for (Map.Entry<String, double[]> run : runs.entrySet()) {
            longest = Math.max(longest, run.getValue().length);
            double[] epochs = new double[run.getValue().length];
            for (int e = 0; e < epochs.length; e++) {
                epochs[e] = e;
            }
            ChartStyle.addLine(chart, run.getKey(), epochs, run.getValue(), ChartStyle.color(index++));
        }
        ChartStyle.roundTicks(chart, longest, 0, 1);
        chart.getStyler().setYAxisLogarithmic(logY);
        return Plots.axes(chart, "epoch", logY ? "loss (log scale)" : "loss");
    }
}

package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * Ensemble curves: a score against the number of members (bagging, forests: entry t is the score of the first
 * t + 1 members' average) and staged boosting curves (a loss or accuracy after every boosting stage). Several
 * curves on one chart compare methods or the training and test side.
 *
 * @see "notebooks/08-ensembles.ipynb"
 */
public final class EnsembleCurves {

    private EnsembleCurves() {
    }

    /**
     * Scores against the ensemble size: entry t of a curve drawn at t + 1 members, one line per curve in the map's
     * iteration order (use a {@link java.util.LinkedHashMap}).
     *
     * @param title  the chart title; empty for none
     * @param curves name → score with 1, 2, … members, each finite and not empty. Not modified.
     * @param yTitle the y axis title, e.g. "test accuracy"
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, curves is empty, a name is blank or a value is NaN
     *                                  or ±∞
     */
    public static XYChart bySize(String title, Map<String, double[]> curves, String yTitle) {
        return chart("bySize", title, curves, 1, "number of members", yTitle);
    }

    /**
     * Staged boosting curves: entry t of a curve drawn at stage t (entry 0 = before the first stage when the
     * curve starts there, as a training-loss history does), one line per curve in map order.
     *
     * @param title      the chart title; empty for none
     * @param curves     name → value per stage, each finite and not empty. Not modified.
     * @param firstStage the stage of entry 0: 0 for histories that include the initial model, 1 for staged scores
     * @param yTitle     the y axis title, e.g. "log loss"
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, curves is empty, a name is blank, a value is NaN or
     *                                  ±∞, or firstStage is negative
     */
    public static XYChart staged(String title, Map<String, double[]> curves, int firstStage, String yTitle) {
        if (firstStage < 0) {
            throw new IllegalArgumentException("staged: firstStage expected >= 0, got " + firstStage);
        }
        return chart("staged", title, curves, firstStage, "stage", yTitle);
    }

    private static XYChart chart(String method, String title, Map<String, double[]> curves, int first,
                                 String xTitle, String yTitle) {
        requireTitle(method, title);
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException(method + ": curves expected at least one name → values entry, got "
                    + (curves == null ? "null" : "an empty map"));
        }
        if (yTitle == null) {
            throw new IllegalArgumentException(method + ": yTitle expected a title, got null");
        }
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            requireName(method, "curves", curve.getKey());
            requireValues(method, "curve \"" + curve.getKey() + "\"", curve.getValue());
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            double[] x = new double[curve.getValue().length];
            for (int t = 0; t < x.length; t++) {
                x[t] = first + t;
            }
            ChartStyle.addLine(chart, curve.getKey(), x, curve.getValue(), ChartStyle.color(index++));
        }
        return Plots.axes(chart, xTitle, yTitle);
    }
}

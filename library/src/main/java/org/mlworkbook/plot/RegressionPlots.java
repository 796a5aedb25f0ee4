package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.util.Arrays;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Pictures of a fitted regression: the data with the fitted line or curve through them, the residuals
 * yᵢ − ŷᵢ against the predictions, and the coefficient paths of a regularised model as its penalty α grows.
 * The curves are given as points (x, ŷ(x)), so any model can be drawn: sample ŷ on a fine grid of x first.
 *
 * <p>Pitfall: a curve drawn only at the training x values hides what the model does between them; a polynomial
 * that over-fits swings wildly exactly there.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class RegressionPlots {

    private RegressionPlots() {
    }

    /**
     * The data points (xᵢ, yᵢ) and one fitted curve through the points (cⱼ, ŷⱼ), legend "data" and "fit".
     *
     * @param title  the chart title; empty for none
     * @param x      the feature of each data point, finite, not empty. Not modified (copied).
     * @param y      the target of each data point, as many as x. Not modified (copied).
     * @param curveX where the fit is drawn, finite, not empty, usually a sorted fine grid. Not modified (copied).
     * @param curveY ŷ at each curveX. Not modified (copied).
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, empty, of another length than its partner, or
     *                                  holds NaN or ±∞
     */
    public static XYChart fit(String title, double[] x, double[] y, double[] curveX, double[] curveY) {
        requireValues("fit", "curveX", curveX);
        requireSameLength("fit", "curveX", curveX.length, "curveY", curveY);
        return fits(title, x, y, curveX, Map.of("fit", curveY), "fit");
    }

    /**
     * The data points and several fitted curves over the same grid, e.g. polynomials of degree 1, 3 and 15, one
     * colour each in the map's iteration order (use a {@link java.util.LinkedHashMap}); the points are "data".
     *
     * @param title  the chart title; empty for none
     * @param x      the feature of each data point, finite, not empty. Not modified (copied).
     * @param y      the target of each data point, as many as x. Not modified (copied).
     * @param curveX where the fits are drawn, finite, not empty. Not modified (copied).
     * @param curves name → ŷ at each curveX, at least one entry, names not blank and not "data". Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null or empty, a length differs, a value is NaN or ±∞,
     *                                  or a name is blank or "data"
     */
    public static XYChart fits(String title, double[] x, double[] y, double[] curveX, Map<String, double[]> curves) {
        return fits(title, x, y, curveX, curves, "fits");
    }

    private static XYChart fits(String title, double[] x, double[] y, double[] curveX, Map<String, double[]> curves,
            String method) {
        requireTitle(method, title);
        requireValues(method, "x", x);
        requireSameLength(method, "x", x.length, "y", y);
        requireValues(method, "curveX", curveX);
        if (curves == null || curves.isEmpty()) {
            throw new IllegalArgumentException(method + ": curves expected at least one name → ŷ entry, got "
                    + (curves == null ? "null" : "an empty map"));
        }
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            requireName(method, "curves", curve.getKey());
            if (curve.getKey().equals("data")) {
                throw new IllegalArgumentException(method + ": curves expected names other than \"data\" (the "
                        + "points' name), got \"data\"");
            }
            requireSameLength(method, "curveX", curveX.length, "curve \"" + curve.getKey() + "\"", curve.getValue());
        }
        String[] groups = new String[x.length];
        Arrays.fill(groups, "data");
        XYChart chart = Plots.scatter(title, x, y, groups);
        int index = 1;
        for (Map.Entry<String, double[]> curve : curves.entrySet()) {
            ChartStyle.addLine(chart, curve.getKey(), curveX, curve.getValue(), ChartStyle.color(index++));
        }
        return Plots.axes(chart, "x", "y");
    }

    /**
     * Residuals against predictions: the points (ŷᵢ, yᵢ − ŷᵢ) and the line of zero error. A good linear fit
     * scatters them evenly around 0; a curved band means the model misses a non-linear trend, a funnel means the
     * noise grows with y.
     *
     * @param title     the chart title; empty for none
     * @param predicted ŷ, finite, not empty. Not modified (copied).
     * @param actual    y, as many as predicted. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart, no legend
     * @throws IllegalArgumentException if an argument is null or empty, the lengths differ or a value is NaN or ±∞
     */
    public static XYChart residuals(String title, double[] predicted, double[] actual) {
        requireTitle("residuals", title);
        requireValues("residuals", "predicted", predicted);
        requireSameLength("residuals", "predicted", predicted.length, "actual", actual);
        double[] residual = new double[predicted.length];
        double low = predicted[0];
        double high = predicted[0];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = actual[i] - predicted[i];
            low = Math.min(low, predicted[i]);
            high = Math.max(high, predicted[i]);
        }
        XYChart chart = Plots.scatter(title, predicted, residual);
        ChartStyle.addLine(chart, "zero", new double[] {low, high}, new double[] {0, 0}, ChartStyle.color(7));
        return Plots.axes(chart, "predicted ŷ", "residual y − ŷ");
    }

    /**
     * Coefficient paths: each weight wⱼ(α) of a regularised model against the penalty α on a logarithmic axis,
     * one line per feature. Ridge paths shrink smoothly towards 0; Lasso paths hit 0 and stay there.
     *
     * @param title        the chart title; empty for none
     * @param alphas       the penalties, finite and &gt; 0, not empty. Not modified (copied).
     * @param coefficients coefficients[a][j] = wⱼ fitted with alphas[a]; one row per alpha, all rows as long as
     *                     featureNames. Not modified.
     * @param featureNames the name of each feature, distinct and not blank. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with the legend in a column right of the plot
     * @throws IllegalArgumentException if an argument is null or empty, a length differs, an alpha is not &gt; 0, a
     *                                  value is NaN or ±∞, or a name is blank or repeated
     */
    public static XYChart coefficientPaths(String title, double[] alphas, double[][] coefficients,
            String[] featureNames) {
        requireTitle("coefficientPaths", title);
        requireValues("coefficientPaths", "alphas", alphas);
        for (int a = 0; a < alphas.length; a++) {
            if (alphas[a] <= 0) {
                throw new IllegalArgumentException(String.format(
                        "coefficientPaths: alphas expected values > 0 (logarithmic axis), got %s at index %d", alphas[a], a));
            }
        }
        Arguments.requireDistinctNames("coefficientPaths", "featureNames", featureNames);
        requireSameLength("coefficientPaths", "alphas", alphas.length, "coefficients", coefficients);
        for (int a = 0; a < coefficients.length; a++) {
            requireSameLength("coefficientPaths", "featureNames", featureNames.length, "coefficients[" + a + "]",
                    coefficients[a]);
        }
        XYChart chart = ChartStyle.xyChart(title);
        for (int j = 0; j < featureNames.length; j++) {
            double[] path = new double[alphas.length];
            for (int a = 0; a < alphas.length; a++) {
                path[a] = coefficients[a][j];
            }
            ChartStyle.addLine(chart, featureNames[j], alphas, path, ChartStyle.color(j));
        }
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);   // one entry per feature: a column fits more
        chart.getStyler().setLegendLayout(LegendLayout.Vertical);
        return Plots.axes(chart, "α (log scale)", "coefficient");
    }
}

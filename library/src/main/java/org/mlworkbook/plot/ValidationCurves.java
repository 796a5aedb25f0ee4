package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mlworkbook.model.FoldScores;

/**
 * A validation curve: the score of a model against one hyperparameter (k of k-NN, a regularisation strength, a
 * polynomial degree), once on the training rows and once on held-out rows, as cross-validation measures them.
 * Where the training score is high and the validation score low the model over-fits; where both are low it
 * under-fits; choose the value with the best validation score. The ± one-standard-deviation band over the folds
 * shows how much of a difference between two values is noise.
 *
 * @see "notebooks/03-k-nearest-neighbours.ipynb"
 */
public final class ValidationCurves {

    /** Opacity of the ± std bands. */
    private static final double BAND_ALPHA = 0.2;

    private ValidationCurves() {
    }

    /**
     * Training and validation score against the hyperparameter, two lines with a marker at every value tried.
     *
     * @param title            the chart title; empty for none
     * @param parameter        the hyperparameter's name, the x-axis title
     * @param values           the values tried, finite, not empty. Not modified (copied).
     * @param trainScores      the training score per value, finite. Not modified (copied).
     * @param validationScores the validation score per value, finite. Not modified (copied).
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, values is empty, a length differs, a name is
     *                                  blank or a value is NaN or ±∞
     */
    public static XYChart plot(String title, String parameter, double[] values, double[] trainScores,
            double[] validationScores) {
        requireCurves(title, parameter, values, trainScores, validationScores);
        XYChart chart = newChart(title, parameter);
        addCurve(chart, "train", values, trainScores, ChartStyle.color(0));
        addCurve(chart, "validation", values, validationScores, ChartStyle.color(1));
        return chart;
    }

    /**
     * Training and validation mean score against the hyperparameter, each with a translucent band from
     * mean − std to mean + std.
     *
     * @param title          the chart title; empty for none
     * @param parameter      the hyperparameter's name, the x-axis title
     * @param values         the values tried, finite, not empty, in the order to draw. Not modified (copied).
     * @param trainMean      the mean training score per value, finite. Not modified (copied).
     * @param trainStd       its standard deviation over the folds, finite, ≥ 0. Not modified.
     * @param validationMean the mean validation score per value, finite. Not modified (copied).
     * @param validationStd  its standard deviation over the folds, finite, ≥ 0. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, values is empty, a length differs, a name is
     *                                  blank, a value is NaN or ±∞ or a std is negative
     */
    public static XYChart plot(String title, String parameter, double[] values, double[] trainMean, double[] trainStd,
            double[] validationMean, double[] validationStd) {
        requireCurves(title, parameter, values, trainMean, validationMean);
        requireStd(values, "trainStd", trainStd);
        requireStd(values, "validationStd", validationStd);
        XYChart chart = newChart(title, parameter);
        addBand(chart, "train ± std", values, trainMean, trainStd, ChartStyle.color(0));
        addBand(chart, "validation ± std", values, validationMean, validationStd, ChartStyle.color(1));
        addCurve(chart, "train", values, trainMean, ChartStyle.color(0));
        addCurve(chart, "validation", values, validationMean, ChartStyle.color(1));
        return chart;
    }

    /**
     * The curves of cross-validation results, one {@link FoldScores} per value: the mean training and validation
     * scores with their ± std bands.
     *
     * @param title     the chart title; empty for none
     * @param parameter the hyperparameter's name, the x-axis title
     * @param values    the values tried, finite, not empty. Not modified (copied).
     * @param scores    the fold scores per value, as many as values. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, values is empty or the sizes differ
     */
    public static XYChart plot(String title, String parameter, double[] values, List<FoldScores> scores) {
        requireValues("plot", "values", values);
        boolean hasNull = scores != null && scores.stream().anyMatch(Objects::isNull);
        if (scores == null || scores.size() != values.length || hasNull) {
            throw new IllegalArgumentException(String.format("plot: values and scores expected the same length, got "
                    + "values [%d] and scores %s", values.length, scores == null ? "null"
                    : hasNull ? "with a null entry" : "[" + scores.size() + "]"));
        }
        return plot(title, parameter, values,
                scores.stream().mapToDouble(FoldScores::trainMean).toArray(),
                scores.stream().mapToDouble(FoldScores::trainStd).toArray(),
                scores.stream().mapToDouble(FoldScores::mean).toArray(),
                scores.stream().mapToDouble(FoldScores::std).toArray());
    }

    private static void requireCurves(String title, String parameter, double[] values, double[] train,
            double[] validation) {
        requireTitle("plot", title);
        requireName("plot", "parameter", parameter);
        requireValues("plot", "values", values);
        requireSameLength("plot", "values", values.length, "train scores", train);
        requireSameLength("plot", "values", values.length, "validation scores", validation);
    }

    private static void requireStd(double[] values, String argument, double[] std) {
        requireSameLength("plot", "values", values.length, argument, std);
        for (int i = 0; i < std.length; i++) {
            if (std[i] < 0) {
                throw new IllegalArgumentException(String.format(
                        "plot: %s expected values >= 0, got %s at index %d", argument, std[i], i));
            }
        }
    }

    private static XYChart newChart(String title, String parameter) {
        XYChart chart = ChartStyle.xyChart(title);
        chart.setXAxisTitle(parameter);
        chart.setYAxisTitle("score");
        return chart;
    }

    private static void addCurve(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = ChartStyle.addLine(chart, name, x, y, color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(color);
    }

    /** The closed polygon (x, mean + std) forwards, then (x, mean − std) backwards, filled translucent. */
    private static void addBand(XYChart chart, String name, double[] x, double[] mean, double[] std, Color color) {
        int n = x.length;
        double[] bandX = new double[2 * n];
        double[] bandY = new double[2 * n];
        for (int i = 0; i < n; i++) {
            bandX[i] = x[i];
            bandY[i] = mean[i] + std[i];
            bandX[2 * n - 1 - i] = x[i];
            bandY[2 * n - 1 - i] = mean[i] - std[i];
        }
        XYSeries band = chart.addSeries(name, bandX, bandY);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setFillColor(ChartStyle.translucent(color, BAND_ALPHA));
        band.setLineColor(ChartStyle.translucent(color, 0));
        band.setShowInLegend(false);
    }
}

package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histograms: how many values fall into each of {@code bins} equal-width bins over [min, max].
 *
 * <p>With width w = (max − min)/bins, bin j (0 ≤ j &lt; bins) is [min + j·w, min + (j+1)·w): every bin is
 * half-open except the last, which is closed, [max − w, max], so the largest value is counted (numpy's rule).
 * Value x goes to bin ⌊(x − min)/(max − min) · bins⌋, and x = max to bin bins − 1. If all values are equal, the
 * range is [x − 0.5, x + 0.5]. The counts sum to the number of values.
 *
 * <p>Pitfall: the picture depends on the number of bins; too few hide the shape, too many show noise. A
 * {@code Map.of(…)} of groups iterates in no fixed order; pass a {@link LinkedHashMap}.
 */
public final class Histograms {

    /** Opacity of the bars of a single histogram. */
    private static final double SINGLE_ALPHA = 0.85;
    /** Opacity of overlaid histograms, low enough that every group shows through. */
    private static final double OVERLAY_ALPHA = 0.4;
    /** The outline of the bars. */
    private static final BasicStroke EDGE = new BasicStroke(1f);

    private Histograms() {
    }

    /**
     * The counts of a histogram: counts[j] = #{i : xᵢ in bin j} over [min xᵢ, max xᵢ], with the edge rule of the
     * class comment (bins half-open [·, ·), the last one closed).
     *
     * @param values the data, finite, not empty. Not modified.
     * @param bins   the number of equal-width bins, ≥ 1
     * @return a new array of {@code bins} counts summing to {@code values.length}
     * @throws IllegalArgumentException if values is null or empty, holds NaN or ±∞, or bins &lt; 1
     */
    public static int[] counts(double[] values, int bins) {
        requireValues("counts", "values", values);
        requireBins("counts", bins);
        double[] range = range(List.of(values));
        return counts(values, range[0], range[1], bins);
    }

    /**
     * The bin edges of {@link #counts(double[], int)}: eⱼ = min + j·(max − min)/bins for j = 0 … bins, with
     * e_bins = max exactly.
     *
     * @param values the data, finite, not empty. Not modified.
     * @param bins   the number of equal-width bins, ≥ 1
     * @return a new array of bins + 1 increasing edges
     * @throws IllegalArgumentException if values is null or empty, holds NaN or ±∞, or bins &lt; 1
     */
    public static double[] edges(double[] values, int bins) {
        requireValues("edges", "values", values);
        requireBins("edges", bins);
        double[] range = range(List.of(values));
        return edges(range[0], range[1], bins);
    }

    /**
     * A histogram of the values: one filled bar per bin, height = count, no legend.
     *
     * @param title  the chart title; empty for none
     * @param values the data, finite, not empty. Not modified.
     * @param bins   the number of equal-width bins, ≥ 1
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart, y axis "count"
     * @throws IllegalArgumentException if an argument is null, values is empty, holds NaN or ±∞, or bins &lt; 1
     */
    public static XYChart histogram(String title, double[] values, int bins) {
        requireTitle("histogram", title);
        requireValues("histogram", "values", values);
        requireBins("histogram", bins);
        double[] range = range(List.of(values));
        XYChart chart = newChart(title);
        addBars(chart, "values", values, range, bins, 0, SINGLE_ALPHA);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * Overlaid histograms, one translucent colour per group, over the same bins: equal-width bins over the range
     * of all groups together, so bar heights compare directly. Groups are coloured and listed in the legend in
     * the map's iteration order.
     *
     * @param title  the chart title; empty for none
     * @param groups name → data, each finite and not empty; at least one entry. Not modified.
     * @param bins   the number of equal-width bins, ≥ 1
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend, y axis "count"
     * @throws IllegalArgumentException if an argument is null, the map or a group is empty, a name is blank, a
     *                                  value is NaN or ±∞, or bins &lt; 1
     */
    public static XYChart histogram(String title, Map<String, double[]> groups, int bins) {
        requireTitle("histogram", title);
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("histogram: groups expected at least one name → values entry, got "
                    + (groups == null ? "null" : "an empty map"));
        }
        for (Map.Entry<String, double[]> entry : groups.entrySet()) {
            requireName("histogram", "groups", entry.getKey());
            requireValues("histogram", "group \"" + entry.getKey() + "\"", entry.getValue());
        }
        requireBins("histogram", bins);
        double[] range = range(groups.values());
        XYChart chart = newChart(title);
        int index = 0;
        for (Map.Entry<String, double[]> entry : groups.entrySet()) {
            addBars(chart, entry.getKey(), entry.getValue(), range, bins, index++,
                    groups.size() == 1 ? SINGLE_ALPHA : OVERLAY_ALPHA);
        }
        return chart;
    }

    /** Counts of values in bins over [min, max] (min &lt; max, every value inside): the class comment's rule. */
    static int[] counts(double[] values, double min, double max, int bins) {
        int[] counts = new int[bins];
        for (double x : values) {
            counts[Math.min((int) ((x - min) / (max - min) * bins), bins - 1)]++;
        }
        return counts;
    }

    private static double[] edges(double min, double max, int bins) {
        double[] edges = new double[bins + 1];
        for (int j = 0; j < bins; j++) {
            edges[j] = min + j * (max - min) / bins;
        }
        edges[bins] = max;
        return edges;
    }

    /** {min, max} over all the groups' values, widened to {x − 0.5, x + 0.5} if all values equal x. */
    private static double[] range(Collection<double[]> groups) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : groups) {
            for (double x : values) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return min < max ? new double[] {min, max} : new double[] {min - 0.5, max + 0.5};
    }

    private static void requireBins(String method, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(method + ": bins expected >= 1, got " + bins);
        }
    }

    private static XYChart newChart(String title) {
        XYChart chart = ChartStyle.xyChart(title);
        chart.setYAxisTitle("count");
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    /**
     * One histogram as a single closed polygon: from (max, 0) along the base to (min, 0), then for bin j with count
     * cⱼ (eⱼ, 0) → (eⱼ, cⱼ) → (eⱼ₊₁, cⱼ) → (eⱼ₊₁, 0), so the bars stand on the axis with an edge between
     * neighbours. Starting at max matters: XChart puts the ticks on the data's x values when these are equally
     * spaced in order of appearance (bin edges would be), and that gives labels like 2.401181937868416.
     */
    private static void addBars(XYChart chart, String name, double[] values, double[] range, int bins, int index,
            double alpha) {
        int[] counts = counts(values, range[0], range[1], bins);
        double[] edges = edges(range[0], range[1], bins);
        double[] x = new double[4 * bins + 1];
        double[] y = new double[4 * bins + 1];
        x[0] = edges[bins];
        for (int j = 0; j < bins; j++) {
            x[4 * j + 1] = edges[j];
            x[4 * j + 2] = edges[j];
            x[4 * j + 3] = edges[j + 1];
            x[4 * j + 4] = edges[j + 1];
            y[4 * j + 2] = counts[j];
            y[4 * j + 3] = counts[j];
        }
        Color color = ChartStyle.color(index);
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(ChartStyle.translucent(color, alpha));
        series.setLineColor(color.darker());
        series.setLineStyle(EDGE);
    }
}

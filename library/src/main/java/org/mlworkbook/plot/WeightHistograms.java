package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mlworkbook.tensor.Tensor;

/**
 * The distribution of the values in each layer of a network, one histogram per layer stacked top to bottom in the
 * map's order (a "ridgeline" picture): the weights by name ({@code model.state()}: "0.weight", "2.weight", …) or the
 * activations after each layer. All histograms share the x axis and the bins (equal width over the range of all
 * values, {@link Histograms}' rule); each is scaled to its own tallest bar, so a narrow and a wide layer both show
 * their shape, and each is labelled with its name, mean and standard deviation.
 *
 * <p>What to look for: with a small initial scale the activations shrink layer after layer towards 0 (vanishing
 * signal); sigmoid activations pile up at 0 and 1 when saturated; Xavier keeps tanh layers at a similar spread, He
 * does the same for ReLU layers.
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class WeightHistograms {

    /** Bins unless asked otherwise. */
    public static final int DEFAULT_BINS = 40;
    /** Height of the tallest bar of a layer, as a fraction of its band; the rest holds the label. */
    private static final double BAR_HEIGHT = 0.75;
    /** Where a layer's label sits in its band. */
    private static final double LABEL_HEIGHT = 0.88;
    /** Chart height per layer beyond the fourth, in pixels. */
    private static final int PIXELS_PER_LAYER = 80;
    private static final double FILL_ALPHA = 0.6;

    private WeightHistograms() {
    }

    /**
     * One histogram per tensor, {@value #DEFAULT_BINS} bins, no title.
     *
     * @see #histograms(String, Map, int)
     */
    public static XYChart histograms(Map<String, Tensor> tensors) {
        return histograms("", tensors, DEFAULT_BINS);
    }

    /**
     * One histogram per tensor over the same bins, stacked: tensor k (in map order) in the band k from the top,
     * the bar of bin j as tall as BAR_HEIGHT · cⱼ / maxⱼ cⱼ of the band, labelled "name: mean m, std s" with
     * m = Σ xᵢ / n and s = √(Σ (xᵢ − m)² / n).
     *
     * @param title   the chart title; empty for none
     * @param tensors name → tensor of any shape, not empty, finite; at least one entry. Not modified.
     * @param bins    the number of equal-width bins, ≥ 1
     * @return a chart {@value Plots#WIDTH} pixels wide and at least {@value Plots#HEIGHT} high (taller beyond four
     *         tensors), one series per tensor named by its key, x axis "value"
     * @throws IllegalArgumentException if an argument is null, the map or a tensor is empty, a name is blank, a
     *                                  value is NaN or ±∞, or bins &lt; 1
     */
    public static XYChart histograms(String title, Map<String, Tensor> tensors, int bins) {
        requireTitle("histograms", title);
        if (tensors == null || tensors.isEmpty()) {
            throw new IllegalArgumentException("histograms: tensors expected at least one name → tensor entry, got "
                    + (tensors == null ? "null" : "an empty map"));
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
            requireName("histograms", "tensors", entry.getKey());
            Tensor t = entry.getValue();
            if (t == null || t.size() == 0) {
                throw new IllegalArgumentException(String.format("histograms: tensor \"%s\" expected values, got %s",
                        entry.getKey(), t == null ? "null" : "shape " + t.shapeString()));
            }
            Arguments.requireValues("histograms", "tensor \"" + entry.getKey() + "\"", t.toArray());
            min = Math.min(min, t.min());
            max = Math.max(max, t.max());
        }
        if (bins < 1) {
            throw new IllegalArgumentException("histograms: bins expected >= 1, got " + bins);
        }
        double[] edges = Histograms.edges(new double[] {min, max}, bins);
        int layers = tensors.size();
        XYChart chart = ChartStyle.xyChart(title, ChartStyle.WIDTH,
                ChartStyle.HEIGHT + PIXELS_PER_LAYER * Math.max(0, layers - 4));
        chart.setXAxisTitle("value");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax((double) layers);
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAnnotationTextFont(ChartStyle.font(Font.PLAIN, 12));
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.TEXT);
        int index = 0;
        for (Map.Entry<String, Tensor> entry : tensors.entrySet()) {
            double[] values = entry.getValue().toArray();
            double base = layers - 1 - index;
            addRidge(chart, entry.getKey(), values, edges, base, ChartStyle.color(index));
            chart.addAnnotation(new AnnotationText(label(entry.getKey(), entry.getValue()),
                    (edges[0] + edges[bins]) / 2, base + LABEL_HEIGHT, false));
            index++;
        }
        return chart;
    }

    /** One histogram as a closed step polygon standing on y = base (Histograms' outline, moved up and scaled). */
    private static void addRidge(XYChart chart, String name, double[] values, double[] edges, double base, Color color) {
        int bins = edges.length - 1;
        int[] counts = Histograms.counts(values, edges[0], edges[bins], bins);
        int tallest = 0;
        for (int c : counts) {
            tallest = Math.max(tallest, c);
        }
        double[] x = new double[4 * bins + 1];
        double[] y = new double[4 * bins + 1];
        x[0] = edges[bins];
        y[0] = base;
        for (int j = 0; j < bins; j++) {
            double top = base + BAR_HEIGHT * counts[j] / tallest;
            x[4 * j + 1] = edges[j];
            x[4 * j + 2] = edges[j];
            x[4 * j + 3] = edges[j + 1];
            x[4 * j + 4] = edges[j + 1];
            y[4 * j + 1] = base;
            y[4 * j + 2] = top;
            y[4 * j + 3] = top;
            y[4 * j + 4] = base;
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(ChartStyle.translucent(color, FILL_ALPHA));
        series.setLineColor(color.darker());
        series.setLineStyle(new BasicStroke(1f));
    }

    /** "name: mean m, std s" with the population standard deviation, 3 significant digits. */
    static String label(String name, Tensor values) {
        double mean = values.mean();
        double std = Math.sqrt(values.sub(mean).pow(2).mean());
        return String.format(Locale.ROOT, "%s: mean %.3g, std %.3g", name, mean, std);
    }
}

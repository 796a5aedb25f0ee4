package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireDistinctNames;
import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireValues;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * XChart builders for the workbook's figures: a notebook cell ends with {@code Plots.line(…)} or
 * {@code Plots.scatter(…)} and the kernel draws it (see {@code org.mlworkbook.notebook.Renderers}).
 *
 * <p>Every chart looks the same way: {@value #WIDTH}×{@value #HEIGHT} pixels, white background, light grid,
 * DejaVu Sans, one fixed colour cycle ({@link #color(int)}), markers and no lines for scatter plots, lines and
 * no markers for line plots, a legend below the plot whenever series are named. Nothing is random and the
 * data are copied, so the same call draws the same picture, byte for byte ({@link #png}). Rendering never
 * opens a window, so it works headless ({@code java.awt.headless=true}) as long as fonts are installed.
 * Pitfall: a {@code Map.of(…)} of series iterates in no fixed order; pass a {@link LinkedHashMap}.
 */
public final class Plots {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = ChartStyle.WIDTH;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = ChartStyle.HEIGHT;

    private Plots() {
    }

    /**
     * The colour of series {@code index} in every workbook chart: the tab10 cycle blue, orange, green, red,
     * purple, brown, pink, grey, olive, cyan, then again from blue.
     *
     * @param index the series (or class) index, ≥ 0
     * @return {@code COLORS[index mod 10]}
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static Color color(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("color: index expected >= 0, got " + index);
        }
        return ChartStyle.color(index);
    }

    /**
     * A line plot of y against x: the polyline through (xᵢ, yᵢ) in the given order, no legend.
     *
     * @param title the chart title; empty for none
     * @param x     the x values, finite, not empty. Not modified (copied).
     * @param y     the y values, finite, as many as x. Not modified (copied).
     * @return a {@value #WIDTH}×{@value #HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, x is empty, the lengths differ or a value is
     *                                  NaN or infinite
     */
    public static XYChart line(String title, double[] x, double[] y) {
        requireTitle("line", title);
        requireValues("line", "x", x);
        requireSameLength("line", "x", x.length, "y", y);
        XYChart chart = ChartStyle.xyChart(title);
        ChartStyle.addLine(chart, "y", x, y, color(0));
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * Several line plots over one x axis, one per map entry, coloured and listed in the legend in the map's
     * iteration order (insertion order for a {@link LinkedHashMap}).
     *
     * @param title  the chart title; empty for none
     * @param x      the x values, finite, not empty. Not modified (copied).
     * @param series name → y values, each finite and as long as x; at least one entry. Not modified.
     * @return a {@value #WIDTH}×{@value #HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, x or the map is empty, a name is blank, a
     *                                  length differs or a value is NaN or infinite
     */
    public static XYChart line(String title, double[] x, Map<String, double[]> series) {
        requireTitle("line", title);
        requireValues("line", "x", x);
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("line: series expected at least one name → y entry, got "
                    + (series == null ? "null" : "an empty map"));
        }
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            requireName("line", "series", entry.getKey());
            requireSameLength("line", "x", x.length, "series \"" + entry.getKey() + "\"", entry.getValue());
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            ChartStyle.addLine(chart, entry.getKey(), x, entry.getValue(), color(index++));
        }
        return chart;
    }

    /**
     * A scatter plot of the points (xᵢ, yᵢ), one colour, no legend.
     *
     * @param title the chart title; empty for none
     * @param x     the x values, finite, not empty. Not modified (copied).
     * @param y     the y values, finite, as many as x. Not modified (copied).
     * @return a {@value #WIDTH}×{@value #HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, x is empty, the lengths differ or a value is
     *                                  NaN or infinite
     */
    public static XYChart scatter(String title, double[] x, double[] y) {
        requireTitle("scatter", title);
        requireValues("scatter", "x", x);
        requireSameLength("scatter", "x", x.length, "y", y);
        XYChart chart = ChartStyle.xyChart(title);
        addPoints(chart, "y", x, y, 0);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    /**
     * A scatter plot with one coloured series per distinct group label, in order of first appearance; the
     * legend shows the labels. Point i belongs to group {@code groups[i]}.
     *
     * @param title  the chart title; empty for none
     * @param x      the x values, finite, not empty. Not modified (copied).
     * @param y      the y values, finite, as many as x. Not modified (copied).
     * @param groups the group label of each point, not blank, as many as x. Not modified.
     * @return a {@value #WIDTH}×{@value #HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, x is empty, a length differs, a value is NaN or
     *                                  infinite, or a label is null or blank
     */
    public static XYChart scatter(String title, double[] x, double[] y, String[] groups) {
        requireTitle("scatter", title);
        requireValues("scatter", "x", x);
        requireSameLength("scatter", "x", x.length, "y", y);
        requireSameLength("scatter", "x", x.length, "groups", groups);
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == null || groups[i].isBlank()) {
                throw new IllegalArgumentException(String.format(
                        "scatter: groups expected non-blank labels, got %s at index %d",
                        groups[i] == null ? "null" : "\"" + groups[i] + "\"", i));
            }
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < groups.length; i++) {
            members.computeIfAbsent(groups[i], label -> new ArrayList<>()).add(i);
        }
        XYChart chart = ChartStyle.xyChart(title);
        int index = 0;
        for (Map.Entry<String, List<Integer>> group : members.entrySet()) {
            addPoints(chart, group.getKey(), pick(x, group.getValue()), pick(y, group.getValue()), index++);
        }
        return chart;
    }

    /**
     * A scatter plot coloured by integer class label: point i belongs to class {@code labels[i]}, named
     * {@code classNames[labels[i]]}. Class k always gets {@link #color(int) color(k)}, so a class keeps its
     * colour across figures; classes without points are left out of the legend.
     *
     * @param title      the chart title; empty for none
     * @param x          the x values, finite, not empty. Not modified (copied).
     * @param y          the y values, finite, as many as x. Not modified (copied).
     * @param labels     the class of each point, in 0 … classNames.length − 1, as many as x. Not modified.
     * @param classNames the name of each class, distinct and not blank. Not modified.
     * @return a {@value #WIDTH}×{@value #HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, x or classNames is empty, a length differs, a
     *                                  value is NaN or infinite, a label is out of range, or a name is blank
     *                                  or repeated
     */
    public static XYChart scatter(String title, double[] x, double[] y, int[] labels, String[] classNames) {
        requireTitle("scatter", title);
        requireValues("scatter", "x", x);
        requireSameLength("scatter", "x", x.length, "y", y);
        requireSameLength("scatter", "x", x.length, "labels", labels);
        requireDistinctNames("scatter", "classNames", classNames);
        List<List<Integer>> members = new ArrayList<>();
        for (int k = 0; k < classNames.length; k++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.length) {
                throw new IllegalArgumentException(String.format(
                        "scatter: labels expected values in 0..%d (one per class name), got %d at index %d",
                        classNames.length - 1, labels[i], i));
            }
            members.get(labels[i]).add(i);
        }
        XYChart chart = ChartStyle.xyChart(title);
        for (int k = 0; k < classNames.length; k++) {
            if (!members.get(k).isEmpty()) {
                addPoints(chart, classNames[k], pick(x, members.get(k)), pick(y, members.get(k)), k);
            }
        }
        return chart;
    }

    /**
     * Sets the axis titles of a chart and returns it, so a cell can end with
     * {@code Plots.axes(Plots.line(…), "epoch", "loss")}.
     *
     * @param chart  the chart. Modified.
     * @param xTitle the x-axis title; empty for none
     * @param yTitle the y-axis title; empty for none
     * @return {@code chart}
     * @throws IllegalArgumentException if an argument is null
     */
    public static XYChart axes(XYChart chart, String xTitle, String yTitle) {
        if (chart == null || xTitle == null || yTitle == null) {
            throw new IllegalArgumentException(String.format("axes: %s expected non-null, got null",
                    chart == null ? "chart" : xTitle == null ? "xTitle" : "yTitle"));
        }
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        return chart;
    }

    /**
     * The chart encoded as PNG at its own size: the one place the workbook makes PNG bytes. The same chart
     * gives the same bytes. Lines are drawn with pure (sub-pixel) strokes, so a curve sampled at many points
     * looks smooth rather than snapped to the pixel grid.
     *
     * @param chart any XChart chart. Not modified.
     * @return the PNG file's bytes, starting with the PNG signature 89 50 4E 47 0D 0A 1A 0A
     * @throws IllegalArgumentException if {@code chart} is null
     * @throws UncheckedIOException     if encoding fails
     */
    public static byte[] png(Chart<?, ?> chart) {
        if (chart == null) {
            throw new IllegalArgumentException("png: chart expected an XChart chart, got null");
        }
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            // Pure strokes: the default (normalised) strokes snap every segment to whole pixels, which draws a
            // smooth curve made of many short segments as a wobbly staircase.
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.paint(graphics, chart.getWidth(), chart.getHeight());
        } finally {
            graphics.dispose();
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("png: encoding chart '" + chart.getTitle() + "' failed", e);
        }
    }

    /**
     * Writes {@link #png(Chart)} to a file, creating its parent directories, replacing the file if it exists.
     *
     * @param chart any XChart chart. Not modified.
     * @param file  where to write, conventionally ending in {@code .png}
     * @throws IllegalArgumentException if an argument is null
     * @throws UncheckedIOException     if the file cannot be written
     */
    public static void savePng(Chart<?, ?> chart, Path file) {
        if (file == null) {
            throw new IllegalArgumentException("savePng: file expected a path, got null");
        }
        byte[] bytes = png(chart);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("savePng: writing " + file + " failed", e);
        }
    }

    private static void addPoints(XYChart chart, String name, double[] x, double[] y, int index) {
        XYSeries series = chart.addSeries(name, x.clone(), y.clone());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(color(index));
    }

    private static double[] pick(double[] values, List<Integer> indices) {
        double[] picked = new double[indices.size()];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = values[indices.get(i)];
        }
        return picked;
    }
}

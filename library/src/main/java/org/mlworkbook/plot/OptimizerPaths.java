package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Optimiser trajectories on a 2-D loss surface L(x, y): the surface as contour lines (iso-loss lines), the paths
 * (x₀, y₀), (x₁, y₁), … of several optimisers on top, each a coloured line through its iterates (dotted for up to
 * {@value #MAX_DOTTED} points, so the step lengths show), its start marked by a square and its end by a diamond.
 * Plain gradient descent zig-zags across a narrow valley, momentum overshoots and swings back, Adam and RMSProp
 * take near-equal steps in both directions.
 *
 * <p>The contours: L is evaluated on a {@value #GRID}×{@value #GRID} grid over the rectangle; the
 * {@value #LEVELS} levels are the quantiles k/({@value #LEVELS} + 1), k = 1 … {@value #LEVELS}, of the grid
 * values, so the lines are spread over the picture whether the surface is a bowl or a steep banana-shaped valley
 * (Rosenbrock); each level is traced by marching squares (the crossing on each edge of a grid cell linearly
 * interpolated), darker for lower loss. The levels show the shape, not the numbers.
 *
 * @see "notebooks/11-training-neural-networks.ipynb"
 */
public final class OptimizerPaths {

    /** Grid points along each axis. */
    public static final int GRID = 121;
    /** Contour levels drawn. */
    public static final int LEVELS = 12;
    /** The colour of the lowest contour; higher ones fade towards white. */
    private static final Color LOW = new Color(0x3b5b7a);
    /** Diameter of an iterate's dot, in pixels. */
    private static final double DOT_PIXELS = 4;
    /** The longest path whose iterates are dotted; beyond, the dots would merge into a thick line. */
    public static final int MAX_DOTTED = 100;
    /** Size of the start and end markers, in pixels. */
    private static final int END_MARKER_SIZE = 10;

    private OptimizerPaths() {
    }

    /**
     * Contour lines of L over [xRange[0], xRange[1]] × [yRange[0], yRange[1]] with one line per optimiser through
     * its points (xₜ, yₜ), coloured and listed in the legend in the map's iteration order (use a
     * {@link java.util.LinkedHashMap}). Points outside the rectangle are cut off at its border.
     *
     * @param title  the chart title; empty for none
     * @param loss   (x, y) ↦ L(x, y), finite on the rectangle
     * @param xRange {x_min, x_max}, finite, x_min &lt; x_max. Not modified.
     * @param yRange {y_min, y_max}, finite, y_min &lt; y_max. Not modified.
     * @param paths  optimiser name → its points {{x₀, y₀}, {x₁, y₁}, …}, at least one point each, finite; at least
     *               one entry. Not modified (copied).
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend of the optimisers; series
     *         "level 1" … are the contours, "&lt;name&gt; start" and "&lt;name&gt; end" the markers
     * @throws IllegalArgumentException if an argument is null, a range is not two finite increasing numbers, the
     *                                  map is empty, a name is blank, a path is empty or holds a point that is not
     *                                  two finite numbers, or L is not finite at a grid point
     */
    public static XYChart paths(String title, DoubleBinaryOperator loss, double[] xRange, double[] yRange,
            Map<String, double[][]> paths) {
        requireTitle("paths", title);
        if (loss == null) {
            throw new IllegalArgumentException("paths: loss expected a function (x, y) -> L, got null");
        }
        requireRange("xRange", xRange);
        requireRange("yRange", yRange);
        requirePaths(paths);
        double[] xs = axis(xRange);
        double[] ys = axis(yRange);
        double[][] values = new double[GRID][GRID];  // values[i][j] = L(xs[i], ys[j])
        double[] sorted = new double[GRID * GRID];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                values[i][j] = loss.applyAsDouble(xs[i], ys[j]);
                if (!Double.isFinite(values[i][j])) {
                    throw new IllegalArgumentException(String.format(
                            "paths: loss expected finite values on the grid, got %s at (%s, %s)", values[i][j], xs[i], ys[j]));
                }
                sorted[i * GRID + j] = values[i][j];
            }
        }
        Arrays.sort(sorted);
        XYChart chart = ChartStyle.xyChart(title);
        chart.getStyler().setXAxisMin(xRange[0]);
        chart.getStyler().setXAxisMax(xRange[1]);
        chart.getStyler().setYAxisMin(yRange[0]);
        chart.getStyler().setYAxisMax(yRange[1]);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setMarkerSize(END_MARKER_SIZE);
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= LEVELS; k++) {
            double level = sorted[(int) ((long) k * (sorted.length - 1) / (LEVELS + 1))];
            if (level > previous) {
                addContour(chart, "level " + k, xs, ys, values, level, (k - 1.0) / (LEVELS - 1));
                previous = level;
            }
        }
        int index = 0;
        for (Map.Entry<String, double[][]> path : paths.entrySet()) {
            addPath(chart, path.getKey(), path.getValue(), ChartStyle.color(index++));
        }
        return Plots.axes(chart, "x", "y");
    }

    private static void requireRange(String argument, double[] range) {
        if (range == null || range.length != 2 || !Double.isFinite(range[0]) || !Double.isFinite(range[1])
                || range[0] >= range[1]) {
            throw new IllegalArgumentException(String.format("paths: %s expected {min, max}, finite, min < max, got %s",
                    argument, Arrays.toString(range)));
        }
    }

    private static void requirePaths(Map<String, double[][]> paths) {
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("paths: paths expected at least one name → points entry, got "
                    + (paths == null ? "null" : "an empty map"));
        }
        for (Map.Entry<String, double[][]> path : paths.entrySet()) {
            requireName("paths", "paths", path.getKey());
            double[][] points = path.getValue();
            if (points == null || points.length == 0) {
                throw new IllegalArgumentException(String.format("paths: path \"%s\" expected at least one point, got %s",
                        path.getKey(), points == null ? "null" : "none"));
            }
            for (int t = 0; t < points.length; t++) {
                if (points[t] == null || points[t].length != 2 || !Double.isFinite(points[t][0])
                        || !Double.isFinite(points[t][1])) {
                    throw new IllegalArgumentException(String.format(
                            "paths: path \"%s\" expected points {x, y} of finite numbers, got %s at step %d",
                            path.getKey(), Arrays.toString(points[t]), t));
                }
            }
        }
    }

    /** GRID equally spaced values from range[0] to range[1], both included. */
    private static double[] axis(double[] range) {
        double[] axis = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            axis[i] = range[0] + i * (range[1] - range[0]) / (GRID - 1);
        }
        axis[GRID - 1] = range[1];
        return axis;
    }

    /**
     * The iso-line L = level by marching squares: in each grid cell, the points where L crosses the level on the
     * cell's edges (linear interpolation), joined in pairs; one series of segments separated by NaN gaps.
     */
    private static void addContour(XYChart chart, String name, double[] xs, double[] ys, double[][] v, double level,
            double height) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i + 1 < GRID; i++) {
            for (int j = 0; j + 1 < GRID; j++) {
                // corners counter-clockwise from the lower left; edge e joins corner e and corner e + 1
                double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
                double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
                double[] cv = {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1]};
                List<double[]> crossings = new ArrayList<>();
                for (int e = 0; e < 4; e++) {
                    double a = cv[e];
                    double b = cv[(e + 1) % 4];
                    if ((a < level) != (b < level)) {
                        double t = (level - a) / (b - a);
                        crossings.add(new double[] {cx[e] + t * (cx[(e + 1) % 4] - cx[e]),
                                cy[e] + t * (cy[(e + 1) % 4] - cy[e])});
                    }
                }
                if (crossings.size() == 2) {
                    segment(points, crossings.get(0), crossings.get(1));
                } else if (crossings.size() == 4) {
                    // a saddle: the centre value decides which corners the line cuts off
                    boolean centreBelow = (cv[0] + cv[1] + cv[2] + cv[3]) / 4 < level;
                    if (centreBelow == (cv[0] < level)) {
                        segment(points, crossings.get(0), crossings.get(1));
                        segment(points, crossings.get(2), crossings.get(3));
                    } else {
                        segment(points, crossings.get(3), crossings.get(0));
                        segment(points, crossings.get(1), crossings.get(2));
                    }
                }
            }
        }
        if (points.isEmpty()) {
            return;
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int p = 0; p < x.length; p++) {
            x[p] = points.get(p)[0];
            y[p] = points.get(p)[1];
        }
        XYSeries series = ChartStyle.addLine(chart, name, x, y, BoxDrawing.fill(LOW, 1 - 0.75 * height));
        series.setLineWidth(1f);
        series.setShowInLegend(false);
    }

    private static void segment(List<double[]> points, double[] from, double[] to) {
        points.add(from);
        points.add(to);
        points.add(new double[] {Double.NaN, Double.NaN});
    }

    private static void addPath(XYChart chart, String name, double[][] points, Color color) {
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int t = 0; t < points.length; t++) {
            x[t] = points[t][0];
            y[t] = points[t][1];
        }
        XYSeries line = ChartStyle.addLine(chart, name, x, y, color);
        if (points.length <= MAX_DOTTED) {
            line.setMarker(new Dot());
            line.setMarkerColor(color);
        }
        mark(chart, name + " start", x[0], y[0], SeriesMarkers.SQUARE, color);
        mark(chart, name + " end", x[x.length - 1], y[y.length - 1], SeriesMarkers.DIAMOND, color);
    }

    private static void mark(XYChart chart, String name, double x, double y, Marker marker, Color color) {
        XYSeries point = chart.addSeries(name, new double[] {x}, new double[] {y});
        point.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        point.setMarker(marker);
        point.setMarkerColor(color);
        point.setShowInLegend(false);
    }

    /** A small filled disc of DOT_PIXELS for each iterate, so the step lengths show. */
    private static final class Dot extends Marker {
        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            g.fill(new Ellipse2D.Double(xOffset - DOT_PIXELS / 2, yOffset - DOT_PIXELS / 2, DOT_PIXELS, DOT_PIXELS));
        }
    }
}

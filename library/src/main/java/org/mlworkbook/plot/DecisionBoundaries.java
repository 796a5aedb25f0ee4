package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireDistinctNames;
import static org.mlworkbook.plot.Arguments.requireName;
import static org.mlworkbook.plot.Arguments.requireTitle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.Marker;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.tensor.Tensor;

/**
 * Decision regions of any fitted classifier with two features: the model predicts every point of a
 * {@value #GRID_COLUMNS}×{@value #GRID_ROWS} grid over the data's range (plus {@value #MARGIN} of it on each
 * side), each grid cell is painted in a light tint of its predicted class's colour, and the training points are
 * drawn on top in the full colour of their true class. The legend lists the class names. A point sitting in a
 * region of another colour is a training error; the edges between regions are the decision boundaries (straight
 * lines for linear models, jagged for k-NN or trees).
 *
 * <p>Pitfall: the picture shows the model only in the plane of the two features it was trained on; fit on
 * exactly these two (scaled) columns.
 */
public final class DecisionBoundaries {

    /** Grid cells across the x axis. */
    public static final int GRID_COLUMNS = 150;
    /** Grid cells up the y axis. */
    public static final int GRID_ROWS = 100;
    /** The fraction of the data range added on each side of the grid. */
    public static final double MARGIN = 0.05;
    /** How much of the class colour a region's tint keeps; the rest is white. */
    private static final double TINT = 0.3;
    /** Side of a painted grid cell in pixels: a little more than a cell's on-screen size, so cells overlap. */
    private static final double CELL_PIXELS = 5;
    /** Diameter of a training point in pixels. */
    private static final double POINT_PIXELS = 8;

    private DecisionBoundaries() {
    }

    /**
     * Decision regions with the axes titled "x₁" and "x₂".
     *
     * @see #plot(String, Classifier, Tensor, int[], List, String, String)
     */
    public static XYChart plot(String title, Classifier model, Tensor x, int[] y, List<String> classNames) {
        return plot(title, model, x, y, classNames, "x₁", "x₂");
    }

    /**
     * Decision regions: ŷ = model.predict(g) for every grid point g = (g₁, g₂) of the rectangle
     * [min x₁ − m, max x₁ + m] × [min x₂ − m, max x₂ + m] (m = {@value #MARGIN} of each range), drawn as tinted
     * cells, with the points (xᵢ₁, xᵢ₂) on top coloured by yᵢ; class k uses {@link Plots#color(int) color(k)} and
     * is named classNames[k] in the legend.
     *
     * @param title      the chart title; empty for none
     * @param model      a classifier fitted on two features. Not modified.
     * @param x          n×2 training points, finite, n ≥ 1. Not modified.
     * @param y          their n labels, each in 0 … classNames.size() − 1. Not modified.
     * @param classNames one distinct, non-blank name per class
     * @param xTitle     the x axis title (feature 0)
     * @param yTitle     the y axis title (feature 1)
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend of the classes
     * @throws IllegalArgumentException if an argument is null or blank, x is not n×2 or holds NaN or ±∞, the
     *                                  lengths differ, a label has no name, or the model predicts a class without
     *                                  a name
     */
    public static XYChart plot(String title, Classifier model, Tensor x, int[] y, List<String> classNames,
            String xTitle, String yTitle) {
        requireTitle("plot", title);
        requireName("plot", "xTitle", xTitle);
        requireName("plot", "yTitle", yTitle);
        requireDistinctNames("plot", "classNames", classNames);
        requirePoints(x, y, classNames.size());
        if (model == null) {
            throw new IllegalArgumentException("plot: model expected a fitted classifier, got null");
        }
        double[] first = x.column(0).toArray();
        double[] second = x.column(1).toArray();
        double[] xs = gridAxis(first, GRID_COLUMNS);
        double[] ys = gridAxis(second, GRID_ROWS);
        double[] grid = new double[2 * xs.length * ys.length];
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                int cell = r * xs.length + c;
                grid[2 * cell] = xs[c];
                grid[2 * cell + 1] = ys[r];
            }
        }
        int[] predicted = model.predict(Tensor.wrap(grid, xs.length * ys.length, 2));
        for (int label : predicted) {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException(String.format(
                        "plot: model expected to predict classes 0 … %d (one per class name), got %d",
                        classNames.size() - 1, label));
            }
        }
        XYChart chart = ChartStyle.xyChart(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setPlotContentSize(1.0);  // the regions fill the plot to its border
        chart.getStyler().setXAxisMin(xs[0]);
        chart.getStyler().setXAxisMax(xs[xs.length - 1]);
        chart.getStyler().setYAxisMin(ys[0]);
        chart.getStyler().setYAxisMax(ys[ys.length - 1]);
        for (int k = 0; k < classNames.size(); k++) {
            addCells(chart, k, grid, predicted);
        }
        for (int k = 0; k < classNames.size(); k++) {
            addPoints(chart, classNames.get(k), k, first, second, y);
        }
        return chart;
    }

    private static void requirePoints(Tensor x, int[] y, int numClasses) {
        if (x == null || x.rank() != 2 || x.cols() != 2 || x.rows() == 0) {
            throw new IllegalArgumentException("plot: x expected an n×2 tensor of two features, n >= 1, got "
                    + (x == null ? "null" : x.shapeString()));
        }
        for (double value : x.data()) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("plot: x expected finite values, got " + value);
            }
        }
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException(String.format("plot: x and y expected the same number of rows, got x %s and y %s",
                    x.shapeString(), y == null ? "null" : "[" + y.length + "]"));
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= numClasses) {
                throw new IllegalArgumentException(String.format(
                        "plot: y expected labels 0 … %d (one per class name), got %d at index %d", numClasses - 1, y[i], i));
            }
        }
    }

    /** {@code count} equally spaced values from min − m to max + m, m = MARGIN·(max − min), or ±½ if constant. */
    private static double[] gridAxis(double[] values, int count) {
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        double margin = max > min ? MARGIN * (max - min) : 0.5;
        double low = min - margin;
        double step = (max + margin - low) / (count - 1);
        double[] axis = new double[count];
        for (int i = 0; i < count; i++) {
            axis[i] = low + i * step;
        }
        return axis;
    }

    /** The grid cells predicted as class k, as opaque tinted squares that do not appear in the legend. */
    private static void addCells(XYChart chart, int k, double[] grid, int[] predicted) {
        int count = (int) Arrays.stream(predicted).filter(p -> p == k).count();
        if (count == 0) {
            return;
        }
        double[] cx = new double[count];
        double[] cy = new double[count];
        int next = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == k) {
                cx[next] = grid[2 * i];
                cy[next++] = grid[2 * i + 1];
            }
        }
        XYSeries cells = chart.addSeries("region " + k, cx, cy);
        cells.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        cells.setMarker(new Cell());
        cells.setMarkerColor(tint(ChartStyle.color(k)));
        cells.setShowInLegend(false);
    }

    private static void addPoints(XYChart chart, String name, int k, double[] first, double[] second, int[] y) {
        int count = (int) Arrays.stream(y).filter(label -> label == k).count();
        double[] px = new double[count];
        double[] py = new double[count];
        int next = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == k) {
                px[next] = first[i];
                py[next++] = second[i];
            }
        }
        // XChart cannot draw an empty series: a class without points keeps its legend entry via an invisible point
        XYSeries points = count == 0
                ? chart.addSeries(name, new double[] {Double.NaN}, new double[] {Double.NaN})
                : chart.addSeries(name, px, py);
        points.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        points.setMarker(new Point());
        points.setMarkerColor(ChartStyle.color(k));
    }

    /** The opaque mix TINT·color + (1 − TINT)·white: overlapping cells stay one even colour. */
    private static Color tint(Color color) {
        return new Color(mix(color.getRed()), mix(color.getGreen()), mix(color.getBlue()));
    }

    private static int mix(int channel) {
        return (int) Math.round(TINT * channel + (1 - TINT) * 255);
    }

    /** A filled square of CELL_PIXELS, in the colour the renderer has set. */
    private static final class Cell extends Marker {
        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            g.fill(new Rectangle2D.Double(xOffset - CELL_PIXELS / 2, yOffset - CELL_PIXELS / 2, CELL_PIXELS, CELL_PIXELS));
        }
    }

    /** A filled disc of POINT_PIXELS in the series colour with a thin dark outline, visible on any tint. */
    private static final class Point extends Marker {
        @Override
        public void paint(Graphics2D g, double xOffset, double yOffset, int markerSize) {
            Ellipse2D disc = new Ellipse2D.Double(xOffset - POINT_PIXELS / 2, yOffset - POINT_PIXELS / 2, POINT_PIXELS,
                    POINT_PIXELS);
            g.fill(disc);
            Color fill = g.getColor();
            g.setColor(ChartStyle.TEXT);
            g.draw(disc);
            g.setColor(fill);
        }
    }
}

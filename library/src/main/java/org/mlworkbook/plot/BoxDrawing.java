package org.mlworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Boxes with text joined by lines or arrows, drawn on an XY chart without axes whose data coordinates are pixels
 * from the lower left corner of the drawing area: the box diagrams of {@link TreeDiagrams} (decision trees) and
 * {@link GraphDiagrams} (computational graphs). Box sizes come from the measured text, so nothing is cut.
 */
final class BoxDrawing {

    /** Size of the text in boxes, in points. */
    static final int FONT_SIZE = 11;
    /** Distance between the baselines of two lines of box text, in pixels. */
    static final double LINE_HEIGHT = 15;
    /** Room between a box's border and its text, in pixels. */
    static final double BOX_PADDING = 7;
    /** Room around the drawing inside the chart, in pixels: XChart's padding plus a margin. */
    static final double MARGIN = 24;
    /** Extra width for the text over its measured width: the plot area is a little smaller than the chart. */
    private static final double TEXT_ALLOWANCE = 1.12;
    /** The strongest fill, so black text stays readable on the fullest box. */
    private static final double MAX_FILL = 0.7;
    private static final Color EDGE_COLOR = new Color(0x7f7f7f);
    private static final Color BOX_BORDER = new Color(0x595959);
    /** Length and half width of an arrow head, in pixels. */
    private static final double HEAD_LENGTH = 8;
    private static final double HEAD_HALF_WIDTH = 3.5;

    private BoxDrawing() {
    }

    /** The font of box text. */
    static Font font() {
        return ChartStyle.font(Font.PLAIN, FONT_SIZE);
    }

    /** The width of a box holding these lines: the widest line (measured), with allowance and padding. */
    static double boxWidth(List<String> lines) {
        Font font = font();
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, font.getStringBounds(line, context).getWidth());
        }
        return widest * TEXT_ALLOWANCE + 2 * BOX_PADDING;
    }

    /** The height of a box holding {@code lines} lines of text. */
    static double boxHeight(int lines) {
        return lines * LINE_HEIGHT + 2 * BOX_PADDING;
    }

    /**
     * An empty width×height chart with no axes, grid, border, legend or title, whose data coordinates run from
     * (0, 0) to (width − 2·MARGIN, height − 2·MARGIN), one unit per pixel.
     */
    static XYChart canvas(int width, int height) {
        XYChart chart = ChartStyle.xyChart("", width, height);
        XYStyler styler = chart.getStyler();
        styler.setAxisTicksVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        styler.setAnnotationTextFont(font());
        styler.setAnnotationTextFontColor(ChartStyle.TEXT);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(width - 2 * MARGIN);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(height - 2 * MARGIN);
        return chart;
    }

    /** A thin grey line from (x0, y0) to (x1, y1). */
    static void edge(XYChart chart, String name, double x0, double y0, double x1, double y1) {
        XYSeries line = chart.addSeries(name, new double[] {x0, x1}, new double[] {y0, y1});
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(EDGE_COLOR);
        line.setLineStyle(new BasicStroke(1.2f));
    }

    /** {@link #edge} with a filled head at (x1, y1) pointing along the line (series {@code name + " head"}). */
    static void arrow(XYChart chart, String name, double x0, double y0, double x1, double y1) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        double ux = length > 0 ? (x1 - x0) / length : 1;
        double uy = length > 0 ? (y1 - y0) / length : 0;
        double bx = x1 - HEAD_LENGTH * ux;
        double by = y1 - HEAD_LENGTH * uy;
        edge(chart, name, x0, y0, bx, by);
        XYSeries head = chart.addSeries(name + " head",
                new double[] {x1, bx - HEAD_HALF_WIDTH * uy, bx + HEAD_HALF_WIDTH * uy, x1},
                new double[] {y1, by + HEAD_HALF_WIDTH * ux, by - HEAD_HALF_WIDTH * ux, y1});
        head.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        head.setMarker(SeriesMarkers.NONE);
        head.setFillColor(EDGE_COLOR);
        head.setLineColor(EDGE_COLOR);
        head.setLineStyle(new BasicStroke(1f));
    }

    /** A width×height box centred on (x, y), filled, with a dark border. */
    static void box(XYChart chart, String name, double x, double y, double width, double height, Color fill) {
        double x0 = x - width / 2;
        double x1 = x + width / 2;
        double y0 = y - height / 2;
        double y1 = y + height / 2;
        XYSeries box = chart.addSeries(name, new double[] {x0, x0, x1, x1, x0}, new double[] {y0, y1, y1, y0, y0});
        box.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        box.setMarker(SeriesMarkers.NONE);
        box.setFillColor(fill);
        box.setLineColor(BOX_BORDER);
        box.setLineStyle(new BasicStroke(1f));
    }

    /** Lines of text centred on (x, y), one below the other. */
    static void text(XYChart chart, List<String> lines, double x, double y) {
        double first = y + (lines.size() - 1) * LINE_HEIGHT / 2;
        for (int l = 0; l < lines.size(); l++) {
            label(chart, lines.get(l), x, first - l * LINE_HEIGHT);
        }
    }

    /** One piece of text centred on (x, y). */
    static void label(XYChart chart, String text, double x, double y) {
        chart.addAnnotation(new AnnotationText(text, x, y, false));
    }

    /** White blended towards color by strength in [0, 1] (at most {@value #MAX_FILL}). */
    static Color fill(Color color, double strength) {
        double a = MAX_FILL * Math.max(0, Math.min(1, strength));
        return new Color((int) Math.round(255 + (color.getRed() - 255) * a),
                (int) Math.round(255 + (color.getGreen() - 255) * a), (int) Math.round(255 + (color.getBlue() - 255) * a));
    }
}

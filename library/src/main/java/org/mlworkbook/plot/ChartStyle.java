package org.mlworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every workbook chart: size, colours, fonts, grid and legend. The chart classes of this package
 * ({@link Plots}, {@link Histograms}, {@link Bars}, {@link HeatMaps}, {@link Curves}, {@link Diagrams}) start
 * from one of the empty charts made here, so a style change is made once and shows everywhere.
 */
final class ChartStyle {

    /** Width of every chart, in pixels. */
    static final int WIDTH = 600;
    /** Height of every chart, in pixels. */
    static final int HEIGHT = 400;
    /** Width of plotted lines, in pixels. */
    private static final float LINE_WIDTH = 2f;
    /** Diameter of scatter markers, in pixels. */
    static final int MARKER_SIZE = 6;
    /** Colour of text, axes and annotations: near black. */
    static final Color TEXT = new Color(0x262626);
    /** Colour of grid lines and other guides: light grey. */
    static final Color GRID = new Color(0xe5e5e5);

    /** The colour cycle (matplotlib's "tab10"): series k gets COLORS[k mod 10]. */
    private static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };
    private static final String FONT_FAMILY = "DejaVu Sans";
    /** Tick labels 0.05, 1500, -2.5 (XChart 3.8.8's automatic pattern drops the leading zero: .05). */
    private static final String TICK_PATTERN = "0.###############";

    private ChartStyle() {
    }

    /** COLORS[index mod 10], for index ≥ 0 (callers check). */
    static Color color(int index) {
        return COLORS[index % COLORS.length];
    }

    /** {@code color} with opacity {@code alpha} in [0, 1], for overlapping filled areas. */
    static Color translucent(Color color, double alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), (int) Math.round(255 * alpha));
    }

    /** The workbook font: DejaVu Sans in {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}) at {@code size} pt. */
    static Font font(int style, int size) {
        return new Font(FONT_FAMILY, style, size);
    }

    /** An empty XY chart (lines, points, areas) in the workbook style, legend below the plot. */
    static XYChart xyChart(String title) {
        return xyChart(title, WIDTH, HEIGHT);
    }

    /** An empty XY chart as {@link #xyChart(String)} but width×height pixels, for drawings that need room. */
    static XYChart xyChart(String title, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).build();
        apply(chart.getStyler(), title);
        chart.getStyler().setSeriesColors(COLORS);
        chart.getStyler().setMarkerSize(MARKER_SIZE);
        return chart;
    }

    /** An empty category chart (bars over named categories) in the workbook style, legend below the plot. */
    static CategoryChart categoryChart(String title) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        apply(chart.getStyler(), title);
        chart.getStyler().setSeriesColors(COLORS);
        return chart;
    }

    /** An empty heat map in the workbook style; its colour scale sits right of the plot. */
    static HeatMapChart heatMapChart(String title) {
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT).title(title).build();
        apply(chart.getStyler(), title);
        chart.getStyler().setPlotGridLinesVisible(false);
        return chart;
    }

    /** A line through (xᵢ, yᵢ) in {@code color}, no markers, the data copied. */
    static XYSeries addLine(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries series = chart.addSeries(name, x.clone(), y.clone());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineWidth(LINE_WIDTH);
        return series;
    }

    /** The settings shared by every kind of chart with axes. */
    private static void apply(AxesChartStyler styler, String title) {
        styler.setLocale(Locale.ROOT);
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setPlotBorderColor(GRID.darker());
        styler.setPlotGridLinesVisible(true);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setChartTitleVisible(!title.isBlank());
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(font(Font.BOLD, 15));
        styler.setAxisTitleFont(font(Font.PLAIN, 13));
        styler.setAxisTickLabelsFont(font(Font.PLAIN, 11));
        styler.setLegendFont(font(Font.PLAIN, 12));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setToolTipsEnabled(false);
        styler.setXAxisDecimalPattern(TICK_PATTERN);
        styler.setYAxisDecimalPattern(TICK_PATTERN);
    }

    /** The most equally spaced x values (epochs) XChart may tick on the values themselves; beyond, round ticks. */
    static final int EVERY_VALUE_TICKED = 20;
    /** The name of the invisible series that gives round ticks. */
    static final String ROUND_TICKS = "round ticks";

    /**
     * Round x ticks (0, 10, 20, …) for a chart whose x values are equally spaced from {@code first} by {@code step}
     * and more than {@value #EVERY_VALUE_TICKED}: XChart otherwise ticks every k-th value (1, 8, 15, …); one
     * invisible point between the first two values turns that off. Fewer values are left as they are.
     */
    static void roundTicks(XYChart chart, int count, double first, double step) {
        if (count > EVERY_VALUE_TICKED) {
            chart.addSeries(ROUND_TICKS, new double[] {first + step / 2}, new double[] {Double.NaN})
                    .setShowInLegend(false);
        }
    }
}

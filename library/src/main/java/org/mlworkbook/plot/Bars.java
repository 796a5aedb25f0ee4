package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireDistinctNames;
import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Bar charts: one bar per named category, its height the category's value (a count, a score, a feature
 * importance). Bars keep the order of the arrays; negative values hang below zero.
 */
public final class Bars {

    /** Fraction of each category's width the bar takes; the rest is the gap between bars. */
    private static final double BAR_FILL = 0.6;
    /** The share of the chart width the tick labels may use side by side, about the plot area's. */
    private static final double LABEL_ROOM = 0.8;
    /** Degrees by which category names are turned when side by side they would overlap. */
    private static final int LABEL_ROTATION = 45;

    private Bars() {
    }

    /**
     * A bar chart with bar i of height {@code values[i]} above {@code categories[i]}, one colour, no legend.
     * Category names that would overlap side by side (wine's 13 feature names, say) are turned by
     * {@value #LABEL_ROTATION}°.
     *
     * @param title      the chart title; empty for none
     * @param categories the category names, distinct, not blank, at least one. Not modified.
     * @param values     the bar heights, finite, as many as categories. Not modified (copied).
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, categories is empty, a name is blank or repeated,
     *                                  the lengths differ or a value is NaN or infinite
     */
    public static CategoryChart bar(String title, String[] categories, double[] values) {
        requireTitle("bar", title);
        requireDistinctNames("bar", "categories", categories);
        requireSameLength("bar", "categories", categories.length, "values", values);
        CategoryChart chart = ChartStyle.categoryChart(title);
        CategorySeries series = chart.addSeries("values", Arrays.asList(categories.clone()),
                Arrays.stream(values).boxed().toList());
        series.setFillColor(ChartStyle.color(0));
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setAvailableSpaceFill(BAR_FILL);
        if (widestLabel(chart, categories) > LABEL_ROOM * ChartStyle.WIDTH / categories.length) {
            chart.getStyler().setXAxisLabelRotation(LABEL_ROTATION);  // side by side they would overlap
        }
        return chart;
    }

    /** The width in pixels of the widest category name in the chart's tick-label font. */
    private static double widestLabel(CategoryChart chart, String[] categories) {
        Font font = chart.getStyler().getAxisTickLabelsFont();
        FontRenderContext context = new FontRenderContext(null, true, true);
        double widest = 0;
        for (String category : categories) {
            widest = Math.max(widest, font.getStringBounds(category, context).getWidth());
        }
        return widest;
    }
}

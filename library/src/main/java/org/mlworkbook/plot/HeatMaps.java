package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireDistinctNames;
import static org.mlworkbook.plot.Arguments.requireTitle;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.HeatMapStyler;

/**
 * Heat maps of matrices: cell (i, j) of a grid is coloured by value aᵢⱼ on a white → blue scale, shown next
 * to the plot, with row 0 at the top as a matrix is written. {@link #confusionMatrix} draws a confusion matrix
 * with every count written in its cell.
 *
 * <p>Pitfall: a colour scale shows order, not exact size; write the numbers in (the confusion matrix does) when
 * they matter.
 */
public final class HeatMaps {

    /** The colour scale, from the smallest value (white) to the largest (blue). */
    private static final Color[] SCALE = {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x2171b5)};

    /** The most cells whose values {@link #heatMap} writes in; beyond, the numbers would overlap. */
    public static final int MAX_ANNOTATED_CELLS = 100;

    private HeatMaps() {
    }

    /**
     * A heat map of {@code values}: the cell in row i, column j coloured by values[i][j], row labels on the
     * left (row 0 at the top), column labels below, the colour scale on the right.
     *
     * @param title        the chart title; empty for none
     * @param values       the matrix, rectangular, at least 1×1, finite. Not modified (copied).
     * @param columnLabels one distinct, non-blank label per column. Not modified.
     * @param rowLabels    one distinct, non-blank label per row. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, the matrix is empty or ragged, a value is NaN or
     *                                  infinite, or a label count differs from the matrix's shape, a label is
     *                                  blank or repeated
     */
    public static HeatMapChart heatMap(String title, double[][] values, String[] columnLabels, String[] rowLabels) {
        requireTitle("heatMap", title);
        requireMatrix("heatMap", values);
        requireLabels("heatMap", "columnLabels", columnLabels, values[0].length, "columns");
        requireLabels("heatMap", "rowLabels", rowLabels, values.length, "rows");
        HeatMapChart chart = newChart(title, Arrays.asList(columnLabels), Arrays.asList(rowLabels), values);
        chart.getStyler().setHeatMapValueDecimalPattern("0.###");
        chart.getStyler().setShowValue(values.length * values[0].length <= MAX_ANNOTATED_CELLS);
        return chart;
    }

    /**
     * A confusion matrix: the cell in row t, column p holds counts[t][p], the number of examples of true class t
     * predicted as class p, and shows that count; the diagonal holds the correct predictions. Rows (true class,
     * axis "true") run top to bottom and columns (axis "predicted") left to right in class order; the colour
     * scale runs from 0 to the largest count.
     *
     * @param title      the chart title; empty for none
     * @param counts     k×k counts, each ≥ 0, k = classNames.size(). Not modified (copied).
     * @param classNames the class names, distinct and not blank, index = class label. Not modified.
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart
     * @throws IllegalArgumentException if an argument is null, classNames is empty, a name is blank or repeated,
     *                                  counts is not k×k or holds a negative count
     */
    public static HeatMapChart confusionMatrix(String title, int[][] counts, List<String> classNames) {
        requireTitle("confusionMatrix", title);
        requireDistinctNames("confusionMatrix", "classNames", classNames);
        int k = classNames.size();
        if (counts == null || counts.length != k) {
            throw new IllegalArgumentException(String.format(
                    "confusionMatrix: counts expected %d×%d (one row and column per class), got %s", k, k,
                    counts == null ? "null" : counts.length + " rows"));
        }
        double[][] values = new double[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t] == null || counts[t].length != k) {
                throw new IllegalArgumentException(String.format(
                        "confusionMatrix: counts expected %d×%d (one row and column per class), got row %d of %s", k,
                        k, t, counts[t] == null ? "null" : "length " + counts[t].length));
            }
            values[t] = new double[k];
            for (int p = 0; p < k; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException(String.format(
                            "confusionMatrix: counts expected values >= 0, got %d at [%d][%d]", counts[t][p], t, p));
                }
                values[t][p] = counts[t][p];
            }
        }
        HeatMapChart chart = newChart(title, classNames, classNames, values);
        HeatMapStyler styler = chart.getStyler();
        styler.setMin(0);
        styler.setHeatMapValueDecimalPattern("0");
        styler.setShowValue(true);
        styler.setLegendVisible(false);
        chart.setXAxisTitle("predicted");
        chart.setYAxisTitle("true");
        return chart;
    }

    /**
     * The heat map of a checked matrix with its values written in the cells. XChart draws y index 0 at the
     * bottom, so row i goes to y index rows − 1 − i and the row labels are listed bottom-up.
     */
    private static HeatMapChart newChart(String title, List<String> columnLabels, List<String> rowLabels,
            double[][] values) {
        int rows = values.length;
        List<String> bottomUp = new ArrayList<>(rowLabels);
        Collections.reverse(bottomUp);
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < values[i].length; j++) {
                cells.add(new Number[] {j, rows - 1 - i, values[i][j]});
            }
        }
        HeatMapChart chart = ChartStyle.heatMapChart(title);
        chart.addSeries("values", List.copyOf(columnLabels), bottomUp, cells);
        HeatMapStyler styler = chart.getStyler();
        styler.setRangeColors(SCALE.clone());
        styler.setValueFont(ChartStyle.font(Font.PLAIN, 12));
        styler.setValueFontColor(ChartStyle.TEXT);
        styler.setDrawBorder(true);
        return chart;
    }

    /** A rectangular, non-empty matrix of finite values. */
    private static void requireMatrix(String method, double[][] values) {
        if (values == null || values.length == 0 || values[0] == null || values[0].length == 0) {
            throw new IllegalArgumentException(method + ": values expected at least a 1×1 matrix, got "
                    + (values == null ? "null" : values.length == 0 ? "no rows" : "an empty first row"));
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != values[0].length) {
                throw new IllegalArgumentException(String.format(
                        "%s: values expected rows of length %d, got %s at row %d", method, values[0].length,
                        values[i] == null ? "null" : "length " + values[i].length, i));
            }
            for (int j = 0; j < values[i].length; j++) {
                if (!Double.isFinite(values[i][j])) {
                    throw new IllegalArgumentException(String.format(
                            "%s: values expected finite values, got %s at [%d][%d]", method, values[i][j], i, j));
                }
            }
        }
    }

    /** Distinct, non-blank labels, one per row or column of the matrix. */
    private static void requireLabels(String method, String argument, String[] labels, int count, String what) {
        requireDistinctNames(method, argument, labels);
        if (labels.length != count) {
            throw new IllegalArgumentException(String.format("%s: %s expected %d labels (one per matrix %s), got %d",
                    method, argument, count, what, labels.length));
        }
    }
}

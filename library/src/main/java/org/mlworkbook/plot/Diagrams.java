package org.mlworkbook.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Explanatory pictures drawn as charts, for ideas rather than data. {@link #kFold(int)} is the K-fold
 * cross-validation picture of the lecture notes ("Split Data"): the data without the held-out test set is cut
 * into k folds; split i trains on all folds but fold i and validates on fold i, so every fold validates once.
 */
public final class Diagrams {

    /** The largest k drawn: beyond 20 folds the blocks get too thin to read. */
    public static final int MAX_FOLDS = 20;
    /** Fraction of the data kept back as the final test set, as drawn. */
    private static final double TEST_FRACTION = 0.2;
    /** Gap between the folds and the test block, in data fractions. */
    private static final double GAP = 0.02;
    /** Height of one row of blocks, in row pitches. */
    private static final double ROW_HEIGHT = 0.72;
    /** Left end of the x axis: room for the row labels. */
    private static final double LABEL_SPACE = -0.14;
    /** The largest k whose folds are numbered in the top row. */
    private static final int MAX_NUMBERED = 10;
    /** The largest k whose folds are labelled "fold j" rather than just j. */
    private static final int MAX_NAMED = 5;

    private static final Color TRAINING = ChartStyle.color(0);
    private static final Color VALIDATION = ChartStyle.color(1);
    private static final Color TEST = ChartStyle.color(2);
    private static final Color ALL_DATA = new Color(0xd9d9d9);
    /** The white edge between neighbouring blocks. */
    private static final BasicStroke EDGE = new BasicStroke(1.5f);

    private Diagrams() {
    }

    /**
     * The K-fold picture: a top row "all data" cut into folds 1 … k (numbered up to k = 10) and the held-out
     * "test" block, then one row per split i = 1 … k in which fold i (the validation fold) is orange and the other
     * k − 1 folds (training) are blue. The test block stays aside and is used once, after cross-validation.
     *
     * @param k the number of folds, 2 … {@value #MAX_FOLDS}
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "k-fold cross-validation"
     *         with k replaced by the number, legend below
     * @throws IllegalArgumentException if k &lt; 2 or k &gt; {@value #MAX_FOLDS}
     */
    public static XYChart kFold(int k) {
        if (k < 2 || k > MAX_FOLDS) {
            throw new IllegalArgumentException(String.format("kFold: k expected 2..%d, got %d", MAX_FOLDS, k));
        }
        XYChart chart = ChartStyle.xyChart(k + "-fold cross-validation");
        XYStyler styler = chart.getStyler();
        styler.setAxisTicksVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setXAxisMin(LABEL_SPACE);
        styler.setXAxisMax(1.0);
        styler.setYAxisMin(-0.5);
        styler.setYAxisMax(k + 1.0);
        styler.setAnnotationTextFont(ChartStyle.font(Font.PLAIN, k > MAX_NUMBERED ? 10 : 12));
        styler.setAnnotationTextFontColor(ChartStyle.TEXT);
        double foldWidth = (1 - TEST_FRACTION - GAP) / k;
        for (int split = 1; split <= k; split++) {
            double y = k - split;
            for (int fold = 1; fold <= k; fold++) {
                if (fold != split) {
                    boolean first = split == 1 && fold == 2;
                    addBlock(chart, first ? "training folds" : "split " + split + " fold " + fold,
                            (fold - 1) * foldWidth, fold * foldWidth, y, TRAINING, first);
                }
            }
            addBlock(chart, split == 1 ? "validation fold" : "split " + split + " fold " + split,
                    (split - 1) * foldWidth, split * foldWidth, y, VALIDATION, split == 1);
            label(chart, "split " + split, LABEL_SPACE / 2, y);
        }
        double top = k + 0.25;
        for (int fold = 1; fold <= k; fold++) {
            addBlock(chart, "fold " + fold, (fold - 1) * foldWidth, fold * foldWidth, top, ALL_DATA, false);
            if (k <= MAX_NUMBERED) {
                label(chart, (k <= MAX_NAMED ? "fold " : "") + fold, (fold - 0.5) * foldWidth, top);
            }
        }
        addBlock(chart, "held-out test set", 1 - TEST_FRACTION, 1, top, TEST, true);
        label(chart, "test", 1 - TEST_FRACTION / 2, top);
        label(chart, "all data", LABEL_SPACE / 2, top);
        return chart;
    }

    /** A filled rectangle [x0, x1] × [y − h/2, y + h/2] with a white edge, in the legend if {@code inLegend}. */
    private static void addBlock(XYChart chart, String name, double x0, double x1, double y, Color color,
            boolean inLegend) {
        double low = y - ROW_HEIGHT / 2;
        double high = y + ROW_HEIGHT / 2;
        XYSeries block = chart.addSeries(name, new double[] {x0, x0, x1, x1}, new double[] {low, high, high, low});
        block.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        block.setMarker(SeriesMarkers.NONE);
        block.setFillColor(color);
        block.setLineColor(Color.WHITE);
        block.setLineStyle(EDGE);
        block.setShowInLegend(inLegend);
    }

    /** Text centred at (x, y) in data coordinates. */
    private static void label(XYChart chart, String text, double x, double y) {
        chart.addAnnotation(new AnnotationText(text, x, y, false));
    }
}

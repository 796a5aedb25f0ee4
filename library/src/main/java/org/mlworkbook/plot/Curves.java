package org.mlworkbook.plot;

import static org.mlworkbook.plot.Arguments.requireSameLength;
import static org.mlworkbook.plot.Arguments.requireTitle;
import static org.mlworkbook.plot.Arguments.requireUnitInterval;

import java.awt.BasicStroke;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;

/**
 * Curves of a binary classifier's scores over all thresholds: the ROC curve (true positive rate against false
 * positive rate, summarised by the area under it, AUC) and the precision–recall curve (summarised by the average
 * precision, AP). Both axes run over [0, 1]; the legend carries the summary number to two decimals.
 *
 * <p>The points come from {@code org.mlworkbook.metrics.RocCurve} and {@code PrecisionRecallCurve}; this class
 * only draws them. Pitfall: on imbalanced data a ROC curve looks good more easily than a PR curve.
 */
public final class Curves {

    /** The dash of the chance diagonal: 6 px on, 6 px off. */
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {6f, 6f}, 0f);

    private Curves() {
    }

    /**
     * A ROC curve: the polyline through (FPRᵢ, TPRᵢ), FPR = FP/(FP + TN) on x and TPR = TP/(TP + FN) on y, both
     * axes [0, 1], with the dashed chance diagonal TPR = FPR of a random classifier (AUC 0.5). The curve's legend
     * entry reads "AUC = 0.93".
     *
     * @param title the chart title; empty for none
     * @param fpr   false positive rates in [0, 1], not empty. Not modified (copied).
     * @param tpr   true positive rates in [0, 1], as many as fpr. Not modified (copied).
     * @param auc   the area under the curve, in [0, 1]
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, fpr is empty, the lengths differ or a value is
     *                                  outside [0, 1] (NaN included)
     */
    public static XYChart roc(String title, double[] fpr, double[] tpr, double auc) {
        requireTitle("roc", title);
        requireUnitInterval("roc", "fpr", fpr);
        requireSameLength("roc", "fpr", fpr.length, "tpr", tpr);
        requireUnitInterval("roc", "tpr", tpr);
        requireUnitInterval("roc", "auc", auc);
        XYChart chart = newChart(title, "false positive rate", "true positive rate");
        ChartStyle.addLine(chart, "chance", new double[] {0, 1}, new double[] {0, 1}, ChartStyle.color(7))
                .setLineStyle(DASHED);
        ChartStyle.addLine(chart, String.format(Locale.ROOT, "AUC = %.2f", auc), fpr, tpr, ChartStyle.color(0));
        return chart;
    }

    /**
     * A precision–recall curve: the polyline through (recallᵢ, precisionᵢ), recall = TP/(TP + FN) on x and
     * precision = TP/(TP + FP) on y, both axes [0, 1]. The curve's legend entry reads "AP = 0.91".
     *
     * @param title            the chart title; empty for none
     * @param recall           recalls in [0, 1], not empty. Not modified (copied).
     * @param precision        precisions in [0, 1], as many as recall. Not modified (copied).
     * @param averagePrecision AP = Σₙ (Rₙ − Rₙ₋₁) Pₙ, in [0, 1]
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if an argument is null, recall is empty, the lengths differ or a value is
     *                                  outside [0, 1] (NaN included)
     */
    public static XYChart precisionRecall(String title, double[] recall, double[] precision,
            double averagePrecision) {
        requireTitle("precisionRecall", title);
        requireUnitInterval("precisionRecall", "recall", recall);
        requireSameLength("precisionRecall", "recall", recall.length, "precision", precision);
        requireUnitInterval("precisionRecall", "precision", precision);
        requireUnitInterval("precisionRecall", "averagePrecision", averagePrecision);
        XYChart chart = newChart(title, "recall", "precision");
        ChartStyle.addLine(chart, String.format(Locale.ROOT, "AP = %.2f", averagePrecision), recall, precision, ChartStyle.color(0));
        return chart;
    }

    private static XYChart newChart(String title, String xTitle, String yTitle) {
        XYChart chart = ChartStyle.xyChart(title);
        chart.setXAxisTitle(xTitle);
        chart.setYAxisTitle(yTitle);
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(1.0);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(1.0);
        return chart;
    }

}

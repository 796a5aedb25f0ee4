package org.mlworkbook.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * Precision P = TP / (TP + FP) against recall R = TP / (TP + FN) of the rule "predict 1 when s ≥ t", for the
 * thresholds +∞ (the point R = 0, P = 1) and then every distinct score, descending (tied scores are one threshold).
 * These are sklearn's {@code precision_recall_curve} arrays in reverse order. Average precision
 * AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ is the area under the step curve, without interpolation, as sklearn's
 * {@code average_precision_score}. Prefer it to ROC AUC when positives are rare: FP hurts precision at once,
 * while FPR = FP/N hardly moves when N is large.
 *
 * @param precision  P per threshold, 1 first (copied)
 * @param recall     R per threshold, from 0 up to 1 (copied)
 * @param thresholds +∞ and then the distinct scores, descending (copied)
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public record PrecisionRecallCurve(double[] precision, double[] recall, double[] thresholds) {

    /**
     * @throws IllegalArgumentException if the three arrays differ in length
     */
    public PrecisionRecallCurve {
        if (precision.length != recall.length || precision.length != thresholds.length) {
            throw new IllegalArgumentException(String.format(
                    "PrecisionRecallCurve: precision, recall and thresholds expected the same length, got precision [%d], recall [%d] and thresholds [%d]",
                    precision.length, recall.length, thresholds.length));
        }
        precision = precision.clone();
        recall = recall.clone();
        thresholds = thresholds.clone();
    }

    /**
     * The precision–recall curve of {@code scores} (higher = more likely class 1).
     *
     * @param yTrue  true labels, 0 or 1, at least one 1. Not modified.
     * @param scores finite scores or probabilities of class 1, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays, a label other than 0/1, NaN/∞ scores, or
     *                                  a yTrue without positives (then recall is undefined)
     */
    public static PrecisionRecallCurve of(int[] yTrue, double[] scores) {
        BinaryCounts counts = BinaryCounts.of("PrecisionRecallCurve.of", yTrue, scores);
        if (counts.positives() == 0) {
            throw new IllegalArgumentException(String.format(
                    "PrecisionRecallCurve.of: yTrue expected at least one positive (1), got only 0s (%d samples): recall is undefined",
                    yTrue.length));
        }
        double[] precision = new double[counts.size()];
        double[] recall = new double[counts.size()];
        precision[0] = 1;
        for (int k = 1; k < counts.size(); k++) {
            int truePositives = counts.truePositives()[k];
            precision[k] = (double) truePositives / (truePositives + counts.falsePositives()[k]);
            recall[k] = (double) truePositives / counts.positives();
        }
        return new PrecisionRecallCurve(precision, recall, counts.thresholds());
    }

    /** AP = Σₙ (Rₙ − Rₙ₋₁)·Pₙ over the thresholds from high to low (no interpolation). */
    public double averagePrecision() {
        double sum = 0;
        for (int n = 1; n < recall.length; n++) sum += (recall[n] - recall[n - 1]) * precision[n];
        return sum;
    }

    /** The precisions, 1 first (a copy). */
    @Override
    public double[] precision() {
        return precision.clone();
    }

    /** The recalls, 0 first (a copy). */
    @Override
    public double[] recall() {
        return recall.clone();
    }

    /** The thresholds, +∞ first (a copy). */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Equal when all three arrays are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PrecisionRecallCurve curve && Arrays.equals(precision, curve.precision)
                && Arrays.equals(recall, curve.recall) && Arrays.equals(thresholds, curve.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(precision) + Arrays.hashCode(recall)) + Arrays.hashCode(thresholds);
    }

    /** {@code PrecisionRecallCurve[points=12, averagePrecision=0.9120]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PrecisionRecallCurve[points=%d, averagePrecision=%.4f]", precision.length, averagePrecision());
    }
}

package org.mlworkbook.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * The receiver operating characteristic of a score: for every threshold t, predict 1 when s ≥ t and plot
 * TPR = TP / P (recall) against FPR = FP / N. The thresholds are +∞ (the point (0, 0)) and then every distinct
 * score, descending, ending at (1, 1); tied scores are one threshold (one diagonal step). Unlike sklearn's default
 * ({@code drop_intermediate=True}) no collinear point is dropped. AUC = ∫ TPR d(FPR) by the trapezoid rule, the
 * probability that a random positive scores above a random negative (ties count ½): 1 is perfect, 0.5 is chance.
 *
 * @param fpr        false positive rate FP/N per threshold, from 0 up to 1 (copied)
 * @param tpr        true positive rate TP/P per threshold, from 0 up to 1 (copied)
 * @param thresholds +∞ and then the distinct scores, descending (copied)
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {

    /**
     * @throws IllegalArgumentException if the three arrays differ in length
     */
    public RocCurve {
        if (fpr.length != tpr.length || fpr.length != thresholds.length) {
            throw new IllegalArgumentException(String.format(
                    "RocCurve: fpr, tpr and thresholds expected the same length, got fpr [%d], tpr [%d] and thresholds [%d]",
                    fpr.length, tpr.length, thresholds.length));
        }
        fpr = fpr.clone();
        tpr = tpr.clone();
        thresholds = thresholds.clone();
    }

    /**
     * The ROC curve of {@code scores} (higher = more likely class 1).
     *
     * @param yTrue  true labels, 0 or 1, both present. Not modified.
     * @param scores finite scores or probabilities of class 1, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays, a label other than 0/1, NaN/∞ scores, or
     *                                  a yTrue with only one class (then FPR or TPR, and so the AUC, is undefined)
     */
    public static RocCurve of(int[] yTrue, double[] scores) {
        BinaryCounts counts = BinaryCounts.of("RocCurve.of", yTrue, scores);
        if (counts.positives() == 0 || counts.negatives() == 0) {
            throw new IllegalArgumentException(String.format(
                    "RocCurve.of: yTrue expected both classes 0 and 1, got only class %d (%d samples): the ROC curve and AUC are undefined",
                    counts.positives() == 0 ? 0 : 1, yTrue.length));
        }
        double[] fpr = new double[counts.size()];
        double[] tpr = new double[counts.size()];
        for (int k = 0; k < counts.size(); k++) {
            fpr[k] = (double) counts.falsePositives()[k] / counts.negatives();
            tpr[k] = (double) counts.truePositives()[k] / counts.positives();
        }
        return new RocCurve(fpr, tpr, counts.thresholds());
    }

    /** AUC = Σₖ (FPRₖ − FPRₖ₋₁)·(TPRₖ + TPRₖ₋₁)/2, the area under the curve by the trapezoid rule. */
    public double auc() {
        double area = 0;
        for (int k = 1; k < fpr.length; k++) area += (fpr[k] - fpr[k - 1]) * (tpr[k] + tpr[k - 1]) / 2;
        return area;
    }

    /** The false positive rates (a copy). */
    @Override
    public double[] fpr() {
        return fpr.clone();
    }

    /** The true positive rates (a copy). */
    @Override
    public double[] tpr() {
        return tpr.clone();
    }

    /** The thresholds, +∞ first (a copy). */
    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Equal when all three arrays are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RocCurve curve && Arrays.equals(fpr, curve.fpr) && Arrays.equals(tpr, curve.tpr)
                && Arrays.equals(thresholds, curve.thresholds);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fpr) + Arrays.hashCode(tpr)) + Arrays.hashCode(thresholds);
    }

    /** {@code RocCurve[points=12, auc=0.9375]}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RocCurve[points=%d, auc=%.4f]", fpr.length, auc());
    }
}

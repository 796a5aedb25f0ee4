package org.mlworkbook.metrics;

import org.mlworkbook.tensor.Tensor;

/**
 * Losses of predicted probabilities, the negative log-likelihood of the true labels (in nats):
 * <pre>
 *   Bernoulli (binary) cross-entropy, log loss:  L = −(1/n) Σᵢ [ yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ) ]
 *   categorical cross-entropy:                   L = −(1/n) Σᵢ Σₖ tᵢₖ log pᵢₖ = −(1/n) Σᵢ log pᵢ,yᵢ
 * </pre>
 * with t the one-hot encoding of y. Probabilities are clipped to [ε, 1 − ε], ε = {@value #EPSILON}, as sklearn's
 * {@code log_loss} did up to version 1.1 (later versions clip at the machine epsilon 2.2·10⁻¹⁶), so a confident
 * wrong answer (p = 0 for the true class) costs −log ε ≈ 34.5 instead of ∞.
 * A loss rewards calibrated confidence: predicting 0.6 for every true positive beats 0.99 for most and 0 for one.
 *
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public final class ProbabilisticLosses {

    /** ε of the clipping p ← min(max(p, ε), 1 − ε). */
    public static final double EPSILON = 1e-15;
    /** How far a row of probabilities may sum from 1. */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    private ProbabilisticLosses() {
    }

    /**
     * Log loss −(1/n) Σᵢ [yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] with pᵢ clipped to [ε, 1 − ε].
     *
     * @param yTrue            true labels, 0 or 1. Not modified.
     * @param probabilityOfOne pᵢ = P(yᵢ = 1) in [0, 1], same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays, a label other than 0/1, or a probability
     *                                  outside [0, 1] (NaN included)
     */
    public static double logLoss(int[] yTrue, double[] probabilityOfOne) {
        MetricInputs.requireSameLength("logLoss", "yTrue", yTrue.length, "probabilityOfOne", probabilityOfOne.length);
        MetricInputs.requireBinary("logLoss", "yTrue", yTrue);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double p = probabilityOfOne[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(String.format(
                        "logLoss: probabilityOfOne expected values in [0, 1], got %s at index %d", p, i));
            }
            double clipped = clip(p);  // clip p, then take 1 − p, as sklearn's log_loss
            sum -= Math.log(yTrue[i] == 1 ? clipped : 1 - clipped);
        }
        return sum / yTrue.length;
    }

    /**
     * Categorical cross-entropy −(1/n) Σᵢ log pᵢ,yᵢ of an n×K matrix of probabilities, pᵢ,yᵢ clipped to [ε, 1 − ε].
     *
     * @param yTrue         true labels in 0..K−1. Not modified.
     * @param probabilities n×K, row i the predicted distribution of sample i: entries in [0, 1], each row summing to
     *                      1 within {@value #ROW_SUM_TOLERANCE}. Not modified.
     * @throws IllegalArgumentException if probabilities is not 2-D, its rows differ from yTrue's length, a label is
     *                                  outside 0..K−1, an entry is outside [0, 1] or NaN, or a row does not sum to 1
     */
    public static double crossEntropy(int[] yTrue, Tensor probabilities) {
        if (probabilities.rank() != 2) {
            throw new IllegalArgumentException("crossEntropy: probabilities expected an n×K matrix, got shape "
                    + probabilities.shapeString());
        }
        if (probabilities.rows() != yTrue.length || yTrue.length == 0) {
            throw new IllegalArgumentException(String.format(
                    "crossEntropy: yTrue and probabilities expected the same number (>= 1) of rows, got yTrue [%d] and probabilities %s",
                    yTrue.length, probabilities.shapeString()));
        }
        int numClasses = probabilities.cols();
        MetricInputs.requireLabelsBelow("crossEntropy", "yTrue", yTrue, numClasses);
        double[] p = probabilities.data();
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double rowSum = 0;
            for (int k = 0; k < numClasses; k++) {
                double value = p[i * numClasses + k];
                if (!(value >= 0 && value <= 1)) {
                    throw new IllegalArgumentException(String.format(
                            "crossEntropy: probabilities expected values in [0, 1], got %s at [%d, %d]", value, i, k));
                }
                rowSum += value;
            }
            if (Math.abs(rowSum - 1) > ROW_SUM_TOLERANCE) {
                throw new IllegalArgumentException(String.format(
                        "crossEntropy: probabilities expected rows summing to 1 (± %s), got %s in row %d",
                        ROW_SUM_TOLERANCE, rowSum, i));
            }
            sum -= Math.log(clip(p[i * numClasses + yTrue[i]]));
        }
        return sum / yTrue.length;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }
}

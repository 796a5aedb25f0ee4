package org.mlworkbook.metrics;

/**
 * Regression metrics of predictions ŷ against targets y, eᵢ = yᵢ − ŷᵢ:
 * <pre>
 *   MSE = (1/n) Σ eᵢ²      MAE = (1/n) Σ |eᵢ|      RMSE = √MSE      R² = 1 − Σ eᵢ² / Σ (yᵢ − ȳ)²
 *   Huber_δ = (1/n) Σ { ½eᵢ² if |eᵢ| ≤ δ;  δ(|eᵢ| − ½δ) otherwise }
 * </pre>
 * MSE punishes large errors most (one outlier can dominate it), MAE treats all errors alike, RMSE is in the units
 * of y, R² compares with always predicting the mean ȳ (1 perfect, 0 no better than ȳ, negative worse), and Huber
 * is quadratic near 0 and linear beyond δ.
 *
 * @see "notebooks/04-metrics-and-losses.ipynb"
 */
public final class Regression {

    private Regression() {
    }

    /**
     * MSE = (1/n) Σᵢ (yᵢ − ŷᵢ)².
     *
     * @param yTrue targets, finite. Not modified.
     * @param yPred predictions, finite, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a NaN/∞ value
     */
    public static double mse(double[] yTrue, double[] yPred) {
        check("mse", yTrue, yPred);
        return squaredErrorSum(yTrue, yPred) / yTrue.length;
    }

    /**
     * MAE = (1/n) Σᵢ |yᵢ − ŷᵢ|.
     *
     * @param yTrue targets, finite. Not modified.
     * @param yPred predictions, finite, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a NaN/∞ value
     */
    public static double mae(double[] yTrue, double[] yPred) {
        check("mae", yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) sum += Math.abs(yTrue[i] - yPred[i]);
        return sum / yTrue.length;
    }

    /**
     * RMSE = √MSE, in the units of y.
     *
     * @param yTrue targets, finite. Not modified.
     * @param yPred predictions, finite, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a NaN/∞ value
     */
    public static double rmse(double[] yTrue, double[] yPred) {
        check("rmse", yTrue, yPred);
        return Math.sqrt(squaredErrorSum(yTrue, yPred) / yTrue.length);
    }

    /**
     * R² = 1 − Σᵢ (yᵢ − ŷᵢ)² / Σᵢ (yᵢ − ȳ)², the coefficient of determination. For a constant yTrue the
     * denominator is 0; then, as sklearn ({@code force_finite=True}), R² = 1 if every prediction is exact and 0
     * otherwise.
     *
     * @param yTrue targets, finite. Not modified.
     * @param yPred predictions, finite, same length. Not modified.
     * @throws IllegalArgumentException on empty or mismatched arrays or a NaN/∞ value
     */
    public static double r2(double[] yTrue, double[] yPred) {
        check("r2", yTrue, yPred);
        double mean = 0;
        for (double y : yTrue) mean += y;
        mean /= yTrue.length;
        double totalSum = 0;
        for (double y : yTrue) totalSum += (y - mean) * (y - mean);
        double residualSum = squaredErrorSum(yTrue, yPred);
        if (totalSum == 0) return residualSum == 0 ? 1 : 0;
        return 1 - residualSum / totalSum;
    }

    /**
     * Huber loss (1/n) Σᵢ L_δ(eᵢ) with eᵢ = yᵢ − ŷᵢ, L_δ(e) = ½e² for |e| ≤ δ and δ(|e| − ½δ) otherwise: the two
     * pieces meet with the same value and slope at |e| = δ.
     *
     * @param yTrue targets, finite. Not modified.
     * @param yPred predictions, finite, same length. Not modified.
     * @param delta δ &gt; 0, finite: where the loss turns from quadratic to linear
     * @throws IllegalArgumentException on empty or mismatched arrays, a NaN/∞ value or a bad δ
     */
    public static double huber(double[] yTrue, double[] yPred, double delta) {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("huber: delta expected finite and > 0, got " + delta);
        }
        check("huber", yTrue, yPred);
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double error = Math.abs(yTrue[i] - yPred[i]);
            sum += error <= delta ? 0.5 * error * error : delta * (error - 0.5 * delta);
        }
        return sum / yTrue.length;
    }

    private static double squaredErrorSum(double[] yTrue, double[] yPred) {
        double sum = 0;
        for (int i = 0; i < yTrue.length; i++) {
            double error = yTrue[i] - yPred[i];
            sum += error * error;
        }
        return sum;
    }

    private static void check(String method, double[] yTrue, double[] yPred) {
        MetricInputs.requireSameLength(method, "yTrue", yTrue.length, "yPred", yPred.length);
        MetricInputs.requireFinite(method, "yTrue", yTrue);
        MetricInputs.requireFinite(method, "yPred", yPred);
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.model.Regressor;
import org.mlworkbook.tensor.Tensor;

/**
 * A regressor whose prediction is a weighted sum of the features plus an intercept, ŷ = Xw + b: the common type of
 * {@link LinearRegression}, {@link Ridge}, {@link Lasso} and {@link ElasticNet}, so a notebook can loop over them and
 * read every model's {@link #coefficients()} and {@link #intercept()}. The subclasses differ only in how
 * {@link #fit} finds w and b; each one's {@code toString()} shows its settings, e.g. "Ridge(alpha=1.0, …)".
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public abstract class LinearRegressor implements Regressor {

    private final boolean fitIntercept;
    private double[] coefficients;
    private double intercept;

    /** Only the models of this package extend it. */
    LinearRegressor(boolean fitIntercept) {
        this.fitIntercept = fitIntercept;
    }

    /** @return whether an intercept b is learned (else b = 0 and the fit goes through the origin) */
    public boolean fitIntercept() {
        return fitIntercept;
    }

    /**
     * Checks training data: x n×d (n, d ≥ 1) and y one finite target per row, all finite.
     *
     * @throws IllegalArgumentException naming the argument, its shape and the first bad value
     */
    static void requireTrainingData(Tensor x, double[] y) {
        ModelInputs.requireMatrix("fit", "x", x);
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException(String.format(
                    "fit: x and y expected the same number of rows, got x %s and y %s",
                    x.shapeString(), y == null ? "null" : "[" + y.length + "]"));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("fit: y expected finite values, got " + y[i] + " at index " + i);
            }
        }
    }

    /**
     * Learns w and b from the rows of x; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this model, fitted, so that {@code model.fit(x, y).coefficients()} reads
     * @throws IllegalArgumentException on a shape mismatch, NaN or ±∞, or a problem of the model's solver
     */
    @Override
    public abstract LinearRegressor fit(Tensor x, double[] y);

    /** Keeps the learned w (copied) and b. */
    final void store(double[] w, double b) {
        coefficients = w.clone();
        intercept = b;
    }

    /**
     * ŷᵢ = Σⱼ xᵢⱼ wⱼ + b for every row.
     *
     * @param x m×d features, d as at fit, finite. Not modified.
     * @return m predictions
     * @throws IllegalStateException    before fit
     * @throws IllegalArgumentException if x has another number of columns than at fit (naming both) or holds
     *                                  NaN or ±∞
     */
    @Override
    public double[] predict(Tensor x) {
        double[] w = fitted("predict");
        ModelInputs.requireColumns("predict", x, w.length);
        int d = w.length;
        double[] data = x.data();
        double[] yHat = new double[x.rows()];
        for (int i = 0; i < yHat.length; i++) {
            double sum = intercept;
            for (int j = 0; j < d; j++) {
                sum += data[i * d + j] * w[j];
            }
            yHat[i] = sum;
        }
        return yHat;
    }

    /**
     * @return the learned weights w₁ … w_d, one per feature column (a copy)
     * @throws IllegalStateException before fit
     */
    public double[] coefficients() {
        return fitted("coefficients").clone();
    }

    /**
     * @return the learned intercept b (0 when the model was told not to fit one)
     * @throws IllegalStateException before fit
     */
    public double intercept() {
        fitted("intercept");
        return intercept;
    }

    private double[] fitted(String method) {
        if (coefficients == null) {
            throw new IllegalStateException(method + " called before fit(x, y): " + this + " has not learned any weights yet");
        }
        return coefficients;
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Least squares with an L1 penalty (Tibshirani, 1996), scikit-learn's objective:
 * <pre>
 *   minimise (1/2n) ‖y − Xw − b‖² + α‖w‖₁
 * </pre>
 * solved by coordinate descent with soft-thresholding (see {@link ElasticNet}, of which this is l1Ratio = 1). As α
 * grows, weights become exactly 0 one after another, so the Lasso also selects features; the intercept is not
 * penalised. For α ≥ max |xⱼᵀ(y − ȳ)|/n (centred columns) every weight is 0.
 *
 * <p>Pitfall: standardise the features first, or the penalty favours features with large values. Among strongly
 * correlated features the Lasso tends to keep one and drop the others; {@link ElasticNet} keeps them together.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class Lasso extends CoordinateDescentModel {

    /**
     * With an intercept, tolerance 1e-4 and at most 1000 sweeps (scikit-learn's defaults).
     *
     * @param alpha α, the penalty strength, finite and &gt; 0
     * @throws IllegalArgumentException if alpha is out of range
     */
    public Lasso(double alpha) {
        this(alpha, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, true);
    }

    /**
     * @param alpha         α, finite and &gt; 0
     * @param tolerance     of the stopping test, finite and &gt; 0
     * @param maxIterations the most sweeps, ≥ 1
     * @param fitIntercept  learn b by centring (else b = 0)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public Lasso(double alpha, double tolerance, int maxIterations, boolean fitIntercept) {
        super("Lasso", alpha, 1, tolerance, maxIterations, fitIntercept);
    }

    /**
     * Learns w and b from the rows of x; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a shape mismatch or NaN or ±∞
     */
    @Override
    public Lasso fit(Tensor x, double[] y) {
        fitCoordinateDescent(x, y);
        return this;
    }

    /** "Lasso(alpha=0.1)". */
    @Override
    public String toString() {
        return "Lasso(alpha=" + alpha() + ")";
    }
}

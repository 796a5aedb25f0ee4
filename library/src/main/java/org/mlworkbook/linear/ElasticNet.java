package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Least squares with both penalties (Zou &amp; Hastie, 2005), scikit-learn's objective with ρ = l1Ratio:
 * <pre>
 *   minimise (1/2n) ‖y − Xw − b‖² + α·ρ·‖w‖₁ + (α(1 − ρ)/2) ‖w‖²
 * </pre>
 * ρ = 1 is the {@link Lasso}; towards ρ → 0 it approaches {@link Ridge} (with α scaled by n). Solved by
 * coordinate descent: each weight in turn gets wⱼ ← S(zⱼ, nαρ) / (xⱼᵀxⱼ + nα(1 − ρ)) with the soft-thresholding
 * S(z, λ) = sign(z)·max(|z| − λ, 0) and zⱼ = xⱼᵀ(r + xⱼwⱼ) on centred data; the intercept is ȳ − x̄·w.
 *
 * <p>Pitfall: standardise the features first. The L1 part zeroes weights, the L2 part keeps correlated features
 * together rather than picking one of them at random.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class ElasticNet extends CoordinateDescentModel {

    /**
     * With an intercept, tolerance 1e-4 and at most 1000 sweeps (scikit-learn's defaults).
     *
     * @param alpha   α, the overall penalty strength, finite and &gt; 0
     * @param l1Ratio ρ, the L1 share of the penalty, in (0, 1]
     * @throws IllegalArgumentException if an argument is out of range
     */
    public ElasticNet(double alpha, double l1Ratio) {
        this(alpha, l1Ratio, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, true);
    }

    /**
     * @param alpha         α, finite and &gt; 0
     * @param l1Ratio       ρ in (0, 1]
     * @param tolerance     of the stopping test, finite and &gt; 0
     * @param maxIterations the most sweeps, ≥ 1
     * @param fitIntercept  learn b by centring (else b = 0)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public ElasticNet(double alpha, double l1Ratio, double tolerance, int maxIterations, boolean fitIntercept) {
        super("ElasticNet", alpha, l1Ratio, tolerance, maxIterations, fitIntercept);
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
    public ElasticNet fit(Tensor x, double[] y) {
        fitCoordinateDescent(x, y);
        return this;
    }

    /** @return ρ, the L1 share of the penalty */
    public double l1Ratio() {
        return mixing();
    }

    /** "ElasticNet(alpha=0.1, l1Ratio=0.5)". */
    @Override
    public String toString() {
        return "ElasticNet(alpha=" + alpha() + ", l1Ratio=" + l1Ratio() + ")";
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Ordinary least squares: the weights w and intercept b that minimise the mean squared error
 * <pre>
 *   L(θ) = (1/n) ‖y − Xw − b‖² = (1/n)(Zθ − y)ᵀ(Zθ − y),   Z = [1 X], θ = [b, w]
 * </pre>
 * found in one step from the normal equations ZᵀZ θ = Zᵀy, θ = (ZᵀZ)⁻¹Zᵀy (the default,
 * {@link NormalEquations#CHOLESKY}), or step by step by {@link GradientDescent}, which records the loss per epoch.
 * The intercept is the weight of the bias column of ones; it can be switched off.
 *
 * <p>Pitfall: with a duplicated, constant or otherwise dependent feature column the normal equations are singular
 * and {@code fit} says which column; {@link Ridge} is the remedy. Gradient descent needs standardised features and a
 * learning rate small enough not to diverge.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class LinearRegression extends LeastSquaresModel {

    /** Normal equations by Cholesky, with an intercept (scikit-learn's {@code LinearRegression()}). */
    public LinearRegression() {
        this(NormalEquations.CHOLESKY, true);
    }

    /**
     * With an intercept.
     *
     * @param solver {@link NormalEquations#CHOLESKY}, {@link NormalEquations#QR} or a {@link GradientDescent},
     *               e.g. {@code GradientDescent.batch(0.1, 100)}
     * @throws IllegalArgumentException if solver is null
     */
    public LinearRegression(Solver solver) {
        this(solver, true);
    }

    /**
     * @param solver       how to find the weights, not null
     * @param fitIntercept learn b (else b = 0 and the line goes through the origin)
     * @throws IllegalArgumentException if solver is null
     */
    public LinearRegression(Solver solver, boolean fitIntercept) {
        super("LinearRegression", 0, solver, fitIntercept);
    }

    /**
     * Learns w and b from the rows of x; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a shape mismatch, NaN or ±∞, a singular system (naming the dependent
     *                                  column) or a diverging gradient descent
     */
    @Override
    public LinearRegression fit(Tensor x, double[] y) {
        fitLeastSquares(x, y);
        return this;
    }

    /** "LinearRegression(solver=CHOLESKY, fitIntercept=true)". */
    @Override
    public String toString() {
        return "LinearRegression(solver=" + solver() + ", fitIntercept=" + fitIntercept() + ")";
    }
}

package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Least squares with an L2 penalty on the weights (Tikhonov regularisation), scikit-learn's objective:
 * <pre>
 *   minimise ‖y − Xw − b‖² + α‖w‖²   ⇔   (ZᵀZ + αP) θ = Zᵀy,   Z = [1 X], θ = [b, w]
 * </pre>
 * where P is the identity without its intercept entry: the intercept b is not penalised, so shifting y shifts b
 * only. A larger α shrinks every weight towards 0 (never exactly to 0, unlike {@link Lasso}); any α &gt; 0 makes
 * the system solvable even when columns are dependent. Solved by the normal equations (default
 * {@link NormalEquations#CHOLESKY}) or by {@link GradientDescent} on (1/2n)(‖y − Xw − b‖² + α‖w‖²), which has the same
 * minimum.
 *
 * <p>Pitfall: the penalty treats all weights alike, so standardise the features first; otherwise α shrinks the
 * weights of small-valued features far more.
 *
 * @see "notebooks/05-linear-regression.ipynb"
 */
public final class Ridge extends LeastSquaresModel {

    /**
     * Normal equations by Cholesky, with an intercept.
     *
     * @param alpha α, the penalty strength, finite and ≥ 0 (0 is {@link LinearRegression})
     * @throws IllegalArgumentException if alpha is out of range
     */
    public Ridge(double alpha) {
        this(alpha, NormalEquations.CHOLESKY, true);
    }

    /**
     * With an intercept.
     *
     * @param alpha  α, finite and ≥ 0
     * @param solver {@link NormalEquations#CHOLESKY}, {@link NormalEquations#QR} or a {@link GradientDescent}
     * @throws IllegalArgumentException if an argument is out of range or null
     */
    public Ridge(double alpha, Solver solver) {
        this(alpha, solver, true);
    }

    /**
     * @param alpha        α, finite and ≥ 0
     * @param solver       how to find the weights, not null
     * @param fitIntercept learn b (not penalised), else b = 0
     * @throws IllegalArgumentException if an argument is out of range or null
     */
    public Ridge(double alpha, Solver solver, boolean fitIntercept) {
        super("Ridge", alpha, solver, fitIntercept);
    }

    /**
     * Learns w and b from the rows of x; a second call starts afresh.
     *
     * @param x n×d features, finite, n ≥ 1. Not modified.
     * @param y n finite targets. Not modified.
     * @return this model, fitted
     * @throws IllegalArgumentException on a shape mismatch, NaN or ±∞, a singular system (α = 0 only) or a
     *                                  diverging gradient descent
     */
    @Override
    public Ridge fit(Tensor x, double[] y) {
        fitLeastSquares(x, y);
        return this;
    }

    /** @return α, the penalty strength */
    public double alpha() {
        return penalty();
    }

    /** "Ridge(alpha=1.0, solver=CHOLESKY, fitIntercept=true)". */
    @Override
    public String toString() {
        return "Ridge(alpha=" + alpha() + ", solver=" + solver() + ", fitIntercept=" + fitIntercept() + ")";
    }
}

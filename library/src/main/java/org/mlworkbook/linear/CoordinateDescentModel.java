package org.mlworkbook.linear;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * The fitting shared by {@link Lasso} and {@link ElasticNet}: {@link CoordinateDescent} on scikit-learn's
 * elastic-net objective, with the settings and the record of the last fit (sweeps made, converged or not).
 */
abstract class CoordinateDescentModel extends LinearRegressor {

    /** scikit-learn's default tolerance of the stopping test. */
    static final double DEFAULT_TOLERANCE = 1e-4;
    /** scikit-learn's default maximum number of sweeps. */
    static final int DEFAULT_MAX_ITERATIONS = 1000;

    private final double alpha;
    private final double l1Ratio;
    private final double tolerance;
    private final int maxIterations;
    private CoordinateDescent.Result result;

    /**
     * @throws IllegalArgumentException if alpha or tolerance is not finite and &gt; 0, l1Ratio is outside (0, 1] or
     *                                  maxIterations &lt; 1
     */
    CoordinateDescentModel(String constructor, double alpha, double l1Ratio, double tolerance, int maxIterations,
            boolean fitIntercept) {
        super(fitIntercept);
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException(constructor + ": alpha expected finite > 0, got " + alpha
                    + " (for alpha = 0 use LinearRegression)");
        }
        if (!(l1Ratio > 0 && l1Ratio <= 1)) {
            throw new IllegalArgumentException(constructor + ": l1Ratio expected a value in (0, 1], got " + l1Ratio
                    + " (for a pure L2 penalty use Ridge)");
        }
        ModelInputs.requirePositive(constructor, "tolerance", tolerance);
        ModelInputs.requireAtLeastOne(constructor, "maxIterations", maxIterations);
        this.alpha = alpha;
        this.l1Ratio = l1Ratio;
        this.tolerance = tolerance;
        this.maxIterations = maxIterations;
    }

    /** Learns w and b by coordinate descent. */
    final void fitCoordinateDescent(Tensor x, double[] y) {
        requireTrainingData(x, y);
        result = CoordinateDescent.run(x, y, alpha, l1Ratio, tolerance, maxIterations, fitIntercept());
        store(result.w(), result.b());
    }

    /** @return α, the overall penalty strength */
    public double alpha() {
        return alpha;
    }

    /** ρ, the L1 share of the penalty. */
    final double mixing() {
        return l1Ratio;
    }

    /** @return the tolerance of the stopping test */
    public double tolerance() {
        return tolerance;
    }

    /** @return the maximum number of sweeps over the weights */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * @return the sweeps the last fit made, at most {@link #maxIterations()}
     * @throws IllegalStateException before fit
     */
    public int numIterations() {
        coefficients();
        return result.numIterations();
    }

    /**
     * @return whether the last fit met the stopping test before running out of sweeps (if not, raise
     *         maxIterations or the tolerance, or standardise the features)
     * @throws IllegalStateException before fit
     */
    public boolean converged() {
        coefficients();
        return result.converged();
    }
}

package org.mlworkbook.linear;

import java.util.Arrays;
import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * The fitting shared by {@link LinearRegression} (α = 0) and {@link Ridge} (α &gt; 0): minimise
 * ‖y − Xw − b‖² + α‖w‖² by the chosen {@link Solver}, normal equations or gradient descent. The intercept b is
 * the weight of a bias column of ones (the lecture's design matrix [1 X]); it is never penalised.
 */
abstract class LeastSquaresModel extends LinearRegressor {

    private final double alpha;
    private final Solver solver;
    private double[] lossHistory;

    /**
     * @throws IllegalArgumentException if alpha is not finite and ≥ 0 or solver is null
     */
    LeastSquaresModel(String constructor, double alpha, Solver solver, boolean fitIntercept) {
        super(fitIntercept);
        ModelInputs.requireNonNegative(constructor, "alpha", alpha);
        if (solver == null) {
            throw new IllegalArgumentException(constructor + ": solver expected NormalEquations.CHOLESKY, "
                    + "NormalEquations.QR or a GradientDescent, got null");
        }
        this.alpha = alpha;
        this.solver = solver;
    }

    /** Learns θ = [b, w] by the solver; see {@link NormalEquations} and {@link GradientDescent}. */
    final void fitLeastSquares(Tensor x, double[] y) {
        requireTrainingData(x, y);
        double[] theta;
        if (solver instanceof GradientDescent settings) {
            LeastSquaresDescent.Result result = LeastSquaresDescent.run(x, y, alpha, fitIntercept(), settings);
            theta = result.theta();
            lossHistory = result.lossHistory();
        } else {
            theta = ((NormalEquations) solver).solve(x, y, alpha, fitIntercept());
            lossHistory = null;
        }
        int off = fitIntercept() ? 1 : 0;
        store(Arrays.copyOfRange(theta, off, theta.length), fitIntercept() ? theta[0] : 0);
    }

    /**
     * The training loss of gradient descent, for a plot of loss against epoch: entry 0 before the first step,
     * entry e after epoch e, L = (1/n)(‖y − Xw − b‖² + α‖w‖²) (the mean squared error for α = 0).
     *
     * @return numEpochs + 1 values (a copy)
     * @throws IllegalStateException before fit, or if the model was fitted by the normal equations (one step, no
     *                               history)
     */
    public double[] lossHistory() {
        coefficients();
        if (lossHistory == null) {
            throw new IllegalStateException("lossHistory: " + this + " was solved in one step by the normal "
                    + "equations and has no loss history; fit with a GradientDescent solver to get one");
        }
        return lossHistory.clone();
    }

    /** @return how the weights are found */
    public Solver solver() {
        return solver;
    }

    /** α, the L2 penalty strength (0 for LinearRegression). */
    final double penalty() {
        return alpha;
    }
}

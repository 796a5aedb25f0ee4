package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Coordinate descent for the elastic-net objective of scikit-learn ({@link Lasso} is l1Ratio = 1):
 * <pre>
 *   J(w, b) = (1/2n) ‖y − Xw − b‖² + α·ρ·‖w‖₁ + (α(1 − ρ)/2) ‖w‖²,   ρ = l1Ratio
 * </pre>
 * The intercept comes from centring: with column means x̄ and ȳ, w is fitted to the centred data and b = ȳ − x̄·w.
 * One sweep updates each weight in turn with the others fixed, which has a closed form, the soft-thresholding
 * S(z, λ) = sign(z)·max(|z| − λ, 0):
 * <pre>
 *   zⱼ = xⱼᵀ(r + xⱼwⱼ),  wⱼ ← S(zⱼ, nαρ) / (xⱼᵀxⱼ + nα(1 − ρ)),  r = y − Xw kept up to date
 * </pre>
 * A weight whose |zⱼ| ≤ nαρ becomes exactly 0: that is how the L1 penalty selects features. Sweeps stop, as in
 * scikit-learn, once the largest change of a weight is below tolerance × the largest weight and the duality gap
 * (an upper bound on J − min J, times n) is below tolerance × ‖y − ȳ‖².
 */
final class CoordinateDescent {

    private CoordinateDescent() {
    }

    /**
     * @param w             the weights
     * @param b             the intercept (0 without one)
     * @param numIterations the sweeps made
     * @param converged     whether the stopping test held before maxIterations sweeps
     */
    record Result(double[] w, double b, int numIterations, boolean converged) {
    }

    /**
     * @param x n×d, checked by the caller. Not modified.
     * @param y n targets, checked by the caller. Not modified.
     */
    static Result run(Tensor x, double[] y, double alpha, double l1Ratio, double tolerance, int maxIterations,
            boolean fitIntercept) {
        int n = x.rows();
        int d = x.cols();
        double[] data = x.data();
        double[] mean = new double[d];
        double yMean = 0;
        if (fitIntercept) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    mean[j] += data[i * d + j] / n;
                }
                yMean += y[i] / n;
            }
        }
        double[][] columns = new double[d][n];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                columns[j][i] = data[i * d + j] - mean[j];
            }
            target[i] = y[i] - yMean;
        }
        double[] squaredNorms = new double[d];
        for (int j = 0; j < d; j++) {
            squaredNorms[j] = dot(columns[j], columns[j]);
        }
        double l1 = alpha * l1Ratio * n;
        double l2 = alpha * (1 - l1Ratio) * n;
        double gapTolerance = tolerance * dot(target, target);
        double[] w = new double[d];
        double[] residual = target.clone();
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double maxChange = 0;
            double maxWeight = 0;
            for (int j = 0; j < d; j++) {
                if (squaredNorms[j] == 0) {
                    continue;
                }
                double old = w[j];
                double z = dot(columns[j], residual) + squaredNorms[j] * old;
                double shrunk = Math.max(Math.abs(z) - l1, 0);
                w[j] = shrunk == 0 ? 0 : Math.signum(z) * shrunk / (squaredNorms[j] + l2);   // +0, never −0
                double change = w[j] - old;
                if (change != 0) {
                    for (int i = 0; i < n; i++) {
                        residual[i] -= columns[j][i] * change;
                    }
                }
                maxChange = Math.max(maxChange, Math.abs(change));
                maxWeight = Math.max(maxWeight, Math.abs(w[j]));
            }
            if (maxWeight == 0 || maxChange / maxWeight < tolerance || iteration == maxIterations) {
                converged = dualityGap(columns, target, residual, w, l1, l2) <= gapTolerance;
            }
        }
        double b = yMean;
        for (int j = 0; j < d; j++) {
            b -= mean[j] * w[j];
        }
        return new Result(w, b, iteration, converged);
    }

    /**
     * The duality gap of n·J as scikit-learn computes it: with r = y − Xw, v = Xᵀr − l2·w and
     * c = min(1, l1/‖v‖∞), gap = ½‖r‖²(1 + c²) + l1‖w‖₁ − c·rᵀy + ½·l2·(1 + c²)‖w‖².
     */
    private static double dualityGap(double[][] columns, double[] y, double[] residual, double[] w, double l1,
            double l2) {
        double dualNorm = 0;
        double l1Norm = 0;
        double squaredNorm = 0;
        for (int j = 0; j < w.length; j++) {
            dualNorm = Math.max(dualNorm, Math.abs(dot(columns[j], residual) - l2 * w[j]));
            l1Norm += Math.abs(w[j]);
            squaredNorm += w[j] * w[j];
        }
        double c = dualNorm > l1 ? l1 / dualNorm : 1;
        double residualNorm = dot(residual, residual);
        return 0.5 * residualNorm * (1 + c * c) + l1 * l1Norm - c * dot(residual, y)
                + 0.5 * l2 * (1 + c * c) * squaredNorm;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}

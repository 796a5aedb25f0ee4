package org.mlworkbook.linear;

import java.util.Arrays;
import java.util.Locale;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/**
 * Gradient descent on the least-squares objective of {@link LinearRegression} (α = 0) and {@link Ridge}:
 * <pre>
 *   J(θ) = (1/2n) (‖y − Xw − b‖² + α‖w‖²),   θ = [b, w]
 *   on a batch B of m rows, with residuals rᵢ = xᵢ·w + b − yᵢ:
 *   ∂J/∂b ≈ (1/m) Σᵢ∈B rᵢ,   ∂J/∂w ≈ (1/m) Σᵢ∈B rᵢ xᵢ + (α/n) w,   θ ← θ − η ∂J/∂θ
 * </pre>
 * The ½ makes the gradient the lecture's (1/m)Xᵀ(Xθ − y); J's minimum is the normal equations' solution. The loss
 * recorded per epoch is 2J = (1/n)(‖y − Xw − b‖² + α‖w‖²), the mean squared error when α = 0.
 */
final class LeastSquaresDescent {

    private LeastSquaresDescent() {
    }

    /**
     * @param theta       [b, w] (with intercept) or [w]
     * @param lossHistory 2J before the first step, then after every epoch: numEpochs + 1 values
     */
    record Result(double[] theta, double[] lossHistory) {
    }

    /**
     * Runs the epochs from θ = 0.
     *
     * @param x n×d, checked by the caller. Not modified.
     * @param y n targets, checked by the caller. Not modified.
     * @throws IllegalArgumentException if the loss overflows (the learning rate is too large)
     */
    static Result run(Tensor x, double[] y, double alpha, boolean fitIntercept, GradientDescent settings) {
        int n = x.rows();
        int d = x.cols();
        int off = fitIntercept ? 1 : 0;
        double[] data = x.data();
        double[] theta = new double[d + off];
        double[] gradient = new double[d + off];
        double[] history = new double[settings.numEpochs() + 1];
        history[0] = loss(data, y, d, theta, off, alpha);
        Rng rng = new Rng(settings.seed());
        double rate = settings.learningRate();
        int batch = Math.min(settings.batchSize(), n);
        for (int epoch = 1; epoch <= settings.numEpochs(); epoch++) {
            int[] order = settings.epochOrder(n, rng);
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(n, start + batch);
                Arrays.fill(gradient, 0);
                for (int t = start; t < end; t++) {
                    int i = order[t];
                    double r = residual(data, y, d, theta, off, i);
                    if (fitIntercept) {
                        gradient[0] += r;
                    }
                    for (int j = 0; j < d; j++) {
                        gradient[j + off] += r * data[i * d + j];
                    }
                }
                int m = end - start;
                if (fitIntercept) {
                    theta[0] -= rate * gradient[0] / m;
                }
                for (int j = off; j < theta.length; j++) {
                    theta[j] -= rate * (gradient[j] / m + alpha / n * theta[j]);
                }
            }
            history[epoch] = loss(data, y, d, theta, off, alpha);
            if (!Double.isFinite(history[epoch])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "fit: learningRate expected small enough for the loss to shrink, got %s: the loss grew from %.4g "
                        + "to %s by epoch %d (gradient descent diverged); try a smaller learning rate or standardised features",
                        rate, history[0], history[epoch], epoch));
            }
        }
        return new Result(theta, history);
    }

    /** rᵢ = xᵢ·w + b − yᵢ. */
    private static double residual(double[] x, double[] y, int d, double[] theta, int off, int i) {
        double sum = off == 1 ? theta[0] - y[i] : -y[i];
        for (int j = 0; j < d; j++) {
            sum += x[i * d + j] * theta[j + off];
        }
        return sum;
    }

    /** 2J = (1/n)(Σ rᵢ² + α‖w‖²). */
    private static double loss(double[] x, double[] y, int d, double[] theta, int off, double alpha) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double r = residual(x, y, d, theta, off, i);
            sum += r * r;
        }
        for (int j = off; j < theta.length; j++) {
            sum += alpha * theta[j] * theta[j];
        }
        return sum / y.length;
    }
}

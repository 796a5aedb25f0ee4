package org.mlworkbook.autodiff;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * Batch normalisation over the rows (samples) of an n×d matrix, per column j:
 * <pre>
 *   x̂ᵢⱼ = (xᵢⱼ − μⱼ) / √(σⱼ² + ε),   yᵢⱼ = γⱼ x̂ᵢⱼ + βⱼ
 * </pre>
 * In training μ and σ² are the batch's column mean and biased variance (1/n) Σᵢ (xᵢⱼ − μⱼ)², and the backward
 * pass goes through them too (the three-term formula
 * ∂L/∂xᵢ = (γ / (n√(σ² + ε))) (n gᵢ − Σⱼ gⱼ − x̂ᵢ Σⱼ gⱼ x̂ⱼ)); in evaluation they are fixed running statistics.
 * The layer {@code nn.BatchNorm1d} keeps the running statistics; this class is the stateless operation.
 *
 * <pre>{@code
 * BatchNorm.Result r = BatchNorm.train(x, gamma, beta, 1e-5);   // r.output(): columns of mean β, std ≈ γ
 * Var y = BatchNorm.evaluate(x, gamma, beta, runningMean, runningVariance, 1e-5);
 * }</pre>
 */
public final class BatchNorm {

    private BatchNorm() {
    }

    /**
     * The output of a training-mode batch norm and the batch statistics it used.
     *
     * @param output   y = γ (x − μ)/√(σ² + ε) + β, n×d
     * @param mean     μⱼ = (1/n) Σᵢ xᵢⱼ, a d-vector
     * @param variance σⱼ² = (1/n) Σᵢ (xᵢⱼ − μⱼ)² (biased), a d-vector
     */
    public record Result(Var output, Tensor mean, Tensor variance) {
    }

    /**
     * Batch norm with the batch's own statistics (training mode), differentiable in x, γ and β.
     *
     * @param x     an n×d batch, n ≥ 2
     * @param gamma γ, the scale, a d-vector
     * @param beta  β, the shift, a d-vector
     * @param eps   ε &gt; 0, added to the variance
     * @return the output with the batch mean and biased variance
     * @throws IllegalArgumentException if x is not a matrix with at least 2 rows, γ or β is not a d-vector (the
     *                                  message names the shapes), or ε is not finite &gt; 0
     */
    public static Result train(Var x, Var gamma, Var beta, double eps) {
        check("train", x, gamma, beta, eps);
        if (x.value().rows() < 2) {
            throw new IllegalArgumentException("BatchNorm.train: x expected at least 2 rows (a batch), got shape "
                    + x.value().shapeString());
        }
        NormOps.BatchNormalize op = new NormOps.BatchNormalize(eps);
        Var y = Var.apply(op, x, gamma, beta);
        return new Result(y, op.mean(), op.variance());
    }

    /**
     * Batch norm with fixed statistics (evaluation mode): y = γ (x − μ)/√(σ² + ε) + β, differentiable in x, γ, β.
     *
     * @param x        an n×d matrix
     * @param gamma    γ, a d-vector
     * @param beta     β, a d-vector
     * @param mean     μ, a d-vector. Not modified (read at the call).
     * @param variance σ² ≥ 0, a d-vector. Not modified.
     * @param eps      ε &gt; 0
     * @return y
     * @throws IllegalArgumentException if a shape does not fit (named in the message) or ε is not finite &gt; 0
     */
    public static Var evaluate(Var x, Var gamma, Var beta, Tensor mean, Tensor variance, double eps) {
        check("evaluate", x, gamma, beta, eps);
        int d = x.value().cols();
        requireVector("evaluate", "mean", ModelInputs.requireNonNull("BatchNorm.evaluate", "mean", mean), d);
        requireVector("evaluate", "variance",
                ModelInputs.requireNonNull("BatchNorm.evaluate", "variance", variance), d);
        return Var.apply(new NormOps.BatchNormalize(mean.copy(), variance.copy(), eps), x, gamma, beta);
    }

    private static void check(String method, Var x, Var gamma, Var beta, double eps) {
        String name = "BatchNorm." + method;
        ModelInputs.requireNonNull(name, "x", x);
        ModelInputs.requireNonNull(name, "gamma", gamma);
        ModelInputs.requireNonNull(name, "beta", beta);
        ModelInputs.requirePositive(name, "eps", eps);
        Tensor v = x.value();
        if (v.rank() != 2 || v.rows() == 0 || v.cols() == 0) {
            throw new IllegalArgumentException(name + ": x expected an n×d matrix, got shape " + v.shapeString());
        }
        requireVector(method, "gamma", gamma.value(), v.cols());
        requireVector(method, "beta", beta.value(), v.cols());
    }

    private static void requireVector(String method, String argument, Tensor t, int d) {
        if (t.rank() != 1 || t.size() != d) {
            throw new IllegalArgumentException("BatchNorm." + method + ": " + argument + " expected shape [" + d
                    + "] (one per column of x), got " + t.shapeString());
        }
    }
}

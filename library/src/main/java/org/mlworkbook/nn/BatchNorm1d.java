package org.mlworkbook.nn;

import org.mlworkbook.autodiff.BatchNorm;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/**
 * Batch normalisation of each of d features over a batch of n rows (lecture 001, 004):
 * y = γ (x − μ)/√(σ² + ε) + β, with learnable scale γ ({@code "weight"}, ones) and shift β ({@code "bias"}, zeros).
 * In training mode μ and σ² are the batch's mean and (biased) variance, and the running statistics are updated as
 * in PyTorch: running_mean ← (1 − m) running_mean + m μ and running_var ← (1 − m) running_var + m σ²·n/(n − 1)
 * (the unbiased variance), with momentum m = 0.1. In evaluation mode the running statistics are used, so a single
 * example gets the same output whatever batch it comes in.
 */
public final class BatchNorm1d extends Layer {

    /** The default momentum m of the running statistics. */
    public static final double DEFAULT_MOMENTUM = 0.1;
    /** The default ε added to the variance. */
    public static final double DEFAULT_EPSILON = 1e-5;

    private final int features;
    private final double momentum;
    private final double epsilon;
    private final Var gamma;
    private final Var beta;
    private final Tensor runningMean;
    private final Tensor runningVariance;

    /**
     * @param features d ≥ 1
     * @throws IllegalArgumentException if d &lt; 1
     */
    public BatchNorm1d(int features) {
        this(features, DEFAULT_MOMENTUM, DEFAULT_EPSILON);
    }

    /**
     * @param features d ≥ 1
     * @param momentum m in (0, 1]
     * @param epsilon  ε &gt; 0
     * @throws IllegalArgumentException if an argument is out of range
     */
    public BatchNorm1d(int features, double momentum, double epsilon) {
        if (features < 1) {
            throw new IllegalArgumentException("BatchNorm1d: features expected ≥ 1, got " + features);
        }
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("BatchNorm1d: momentum expected 0 < m ≤ 1, got " + momentum);
        }
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("BatchNorm1d: epsilon expected a finite ε > 0, got " + epsilon);
        }
        this.features = features;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.gamma = parameter("weight", Tensor.ones(features));
        this.beta = parameter("bias", Tensor.zeros(features));
        this.runningMean = buffer("running_mean", Tensor.zeros(features));
        this.runningVariance = buffer("running_var", Tensor.ones(features));
    }

    /** @return γ (learnable scale) */
    public Var weight() {
        return gamma;
    }

    /** @return β (learnable shift) */
    public Var bias() {
        return beta;
    }

    /** @return the running mean (live: updated in place in training mode) */
    public Tensor runningMean() {
        return runningMean;
    }

    /** @return the running (unbiased) variance (live) */
    public Tensor runningVariance() {
        return runningVariance;
    }

    /**
     * Normalises each column of x with the batch statistics (training mode; updating the running ones) or with the
     * running statistics (evaluation mode).
     *
     * @param x n×d; in training mode n ≥ 2
     * @return y, n×d
     * @throws IllegalArgumentException if x is not n×d, or has one row in training mode
     */
    @Override
    public Var forward(Var x) {
        int[] shape = x.shape();
        if (shape.length != 2 || shape[1] != features) {
            throw new IllegalArgumentException("BatchNorm1d.forward: x expected shape [n, " + features + "], got "
                    + x.value().shapeString());
        }
        if (!isTraining()) {
            return BatchNorm.evaluate(x, gamma, beta, runningMean, runningVariance, epsilon);
        }
        int n = shape[0];
        if (n < 2) {
            throw new IllegalArgumentException("BatchNorm1d.forward: x expected at least 2 rows in training mode "
                    + "(a batch variance), got " + x.value().shapeString() + "; call eval() to use one example");
        }
        BatchNorm.Result r = BatchNorm.train(x, gamma, beta, epsilon);
        double[] mean = r.mean().data();
        double[] variance = r.variance().data();
        double[] rm = runningMean.data();
        double[] rv = runningVariance.data();
        double unbiased = n / (n - 1.0);
        for (int j = 0; j < features; j++) {
            rm[j] = (1 - momentum) * rm[j] + momentum * mean[j];
            rv[j] = (1 - momentum) * rv[j] + momentum * variance[j] * unbiased;
        }
        return r.output();
    }

    @Override
    protected String describe() {
        return "BatchNorm1d(" + features + ")";
    }
}

package org.mlworkbook.math;

/**
 * The logistic sigmoid and the softplus, each evaluated so that no exponent is positive (no overflow, no loss of
 * small values). Shared by the linear models ({@code linear.LogisticFunctions}) and the neural-network activations
 * ({@code autodiff.Activation}).
 * <pre>
 *   σ(z) = 1 / (1 + e^(−z)),   softplus(t) = log(1 + eᵗ),   softplus′(t) = σ(t)
 * </pre>
 */
public final class Logistic {

    private Logistic() {
    }

    /**
     * σ(z) = 1 / (1 + e^(−z)), evaluated as 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z &lt; 0 so that no
     * exponent is positive. σ(0) = ½, σ(−z) = 1 − σ(z), σ′(z) = σ(z)(1 − σ(z)) ≤ ¼.
     *
     * @param z the score (logit); ±∞ give 0 and 1
     * @return σ(z) in [0, 1]
     */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /**
     * softplus(t) = log(1 + eᵗ), evaluated as max(t, 0) + log(1 + e^(−|t|)) so that it neither overflows for large
     * t nor loses the small value for very negative t.
     *
     * @param t any real number
     * @return log(1 + eᵗ) ≥ 0
     */
    public static double softplus(double t) {
        return Math.max(t, 0) + Math.log1p(Math.exp(-Math.abs(t)));
    }
}

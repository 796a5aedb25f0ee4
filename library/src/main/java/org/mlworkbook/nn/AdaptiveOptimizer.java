package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.model.ModelInputs;

/**
 * The optimisers that divide each step by the root of a running sum or mean of squared gradients, √s + ε
 * ({@link AdaGrad}, {@link RmsProp}, {@link Adam}): they share ε and, for the first two, the step itself.
 *
 * @param <O> the concrete optimiser, returned by {@link #epsilon(double)} so that calls chain
 */
abstract class AdaptiveOptimizer<O extends AdaptiveOptimizer<O>> extends Optimizer {

    private double epsilon;

    /** As {@link Optimizer#Optimizer(List, double)}, with the subclass's default ε. */
    AdaptiveOptimizer(List<Var> parameters, double learningRate, double epsilon) {
        super(parameters, learningRate);
        this.epsilon = epsilon;
    }

    /**
     * @param epsilon ε added to the root against division by zero, finite &gt; 0
     * @return this optimiser
     * @throws IllegalArgumentException if ε is not finite &gt; 0
     */
    @SuppressWarnings("unchecked")
    public O epsilon(double epsilon) {
        this.epsilon = ModelInputs.requirePositive("epsilon", "epsilon", epsilon);
        return (O) this;
    }

    /** @return ε */
    public double epsilon() {
        return epsilon;
    }

    /**
     * sᵢ ← keep·sᵢ + take·gᵢ², θᵢ ← θᵢ − κ gᵢ / (√sᵢ + ε): AdaGrad with keep = take = 1, RMSProp with ρ and 1 − ρ.
     *
     * @param w            θ. Modified.
     * @param g            the penalised gradient. Not modified.
     * @param s            the running sum or mean of squares. Modified.
     * @param keep         the weight of the old s
     * @param take         the weight of g²
     * @param learningRate κ
     */
    final void rootMeanSquareStep(double[] w, double[] g, double[] s, double keep, double take, double learningRate) {
        double eps = epsilon;
        for (int i = 0; i < w.length; i++) {
            s[i] = keep * s[i] + take * g[i] * g[i];
            w[i] -= learningRate * g[i] / (Math.sqrt(s[i]) + eps);
        }
    }
}

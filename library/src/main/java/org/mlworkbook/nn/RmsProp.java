package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;

/**
 * RMSProp (Hinton, Coursera lecture 6e, 2012): AdaGrad with a decaying average of squared gradients instead of a
 * sum, so old gradients are forgotten and the steps do not die out (notes 001 and 004):
 * <pre>
 *   s ← ρ s + (1 − ρ) g²,    θ ← θ − κ g / (√s + ε)
 * </pre>
 * (element-wise, s₀ = 0, g including weight decay). Defaults as PyTorch: ρ = 0.99, ε = 1e-8; κ ≈ 1e-3 is usual.
 */
public final class RmsProp extends AdaptiveOptimizer<RmsProp> {

    /** PyTorch's default ρ (its {@code alpha}). */
    public static final double DEFAULT_DECAY = 0.99;
    /** PyTorch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private double decay = DEFAULT_DECAY;

    /**
     * @param parameters   the leaves to update. Not modified.
     * @param learningRate κ, finite &gt; 0
     * @throws IllegalArgumentException as {@link Optimizer#Optimizer(List, double)}
     */
    public RmsProp(List<Var> parameters, double learningRate) {
        super(parameters, learningRate, DEFAULT_EPSILON);
    }

    /**
     * @param decay ρ ∈ [0, 1), how much of the old average s is kept per step
     * @return this optimiser
     * @throws IllegalArgumentException if ρ is outside [0, 1)
     */
    public RmsProp decay(double decay) {
        this.decay = Betas.requireDecay("decay", "decay", decay);
        return this;
    }

    /** @return ρ */
    public double decay() {
        return decay;
    }

    /** s ← ρ s + (1 − ρ) g², θ ← θ − κ g / (√s + ε). */
    @Override
    protected void update(double[] w, double[] g, double[][] state, int step, double learningRate) {
        rootMeanSquareStep(w, g, state[0], decay, 1 - decay, learningRate);
    }

    /** @return 1: the average of squares s */
    @Override
    protected int stateBuffers() {
        return 1;
    }

    /** @return "RMSProp" */
    @Override
    public String name() {
        return "RMSProp";
    }

    @Override
    protected String settings() {
        return ", decay=" + decay + ", epsilon=" + epsilon();
    }
}

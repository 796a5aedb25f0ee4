package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;

/**
 * AdaGrad (Duchi, Hazan &amp; Singer, 2011): each element gets its own learning rate, κ divided by the root of the
 * sum of its squared gradients so far (notes 001 and 004):
 * <pre>
 *   s ← s + g²,    θ ← θ − κ g / (√s + ε)
 * </pre>
 * (element-wise, s₀ = 0, g including weight decay). Rarely-moving (sparse) directions keep large steps. Pitfall:
 * s only grows, so the steps shrink for ever and training can stall early; {@link RmsProp} forgets old gradients.
 * ε = 1e-10 as in PyTorch.
 */
public final class AdaGrad extends AdaptiveOptimizer<AdaGrad> {

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-10;

    /**
     * @param parameters   the leaves to update. Not modified.
     * @param learningRate κ, finite &gt; 0 (AdaGrad tolerates larger values than SGD, e.g. 0.01–0.5)
     * @throws IllegalArgumentException as {@link Optimizer#Optimizer(List, double)}
     */
    public AdaGrad(List<Var> parameters, double learningRate) {
        super(parameters, learningRate, DEFAULT_EPSILON);
    }

    /** s ← s + g², θ ← θ − κ g / (√s + ε). */
    @Override
    protected void update(double[] w, double[] g, double[][] state, int step, double learningRate) {
        rootMeanSquareStep(w, g, state[0], 1, 1, learningRate);
    }

    /** @return 1: the sum of squares s */
    @Override
    protected int stateBuffers() {
        return 1;
    }

    /** @return "AdaGrad" */
    @Override
    public String name() {
        return "AdaGrad";
    }

    @Override
    protected String settings() {
        return ", epsilon=" + epsilon();
    }
}

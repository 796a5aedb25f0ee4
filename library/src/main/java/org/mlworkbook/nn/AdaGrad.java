package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.model.ModelInputs;

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
public final class AdaGrad extends Optimizer {

    /** PyTorch's default ε. */
    public static final double DEFAULT_EPSILON = 1e-10;

    private double epsilon = DEFAULT_EPSILON;

    /**
     * @param parameters   the leaves to update. Not modified.
     * @param learningRate κ, finite &gt; 0 (AdaGrad tolerates larger values than SGD, e.g. 0.01–0.5)
     * @throws IllegalArgumentException as {@link Optimizer#Optimizer(List, double)}
     */
    public AdaGrad(List<Var> parameters, double learningRate) {
        super(parameters, learningRate);
    }

    /**
     * @param epsilon ε added to √s against division by zero, finite &gt; 0
     * @return this optimiser
     * @throws IllegalArgumentException if ε is not finite &gt; 0
     */
    public AdaGrad epsilon(double epsilon) {
        this.epsilon = ModelInputs.requirePositive("epsilon", "epsilon", epsilon);
        return this;
    }

    /** @return ε */
    public double epsilon() {
        return epsilon;
    }

    /** s ← s + g², θ ← θ − κ g / (√s + ε). */
    @Override
    protected void update(double[] w, double[] g, double[][] state, int step, double learningRate) {
        double[] s = state[0];
        for (int i = 0; i < w.length; i++) {
            double gi = gradient(w, g, i);
            s[i] += gi * gi;
            w[i] -= learningRate * gi / (Math.sqrt(s[i]) + epsilon);
        }
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
        return ", epsilon=" + epsilon;
    }
}

package org.mlworkbook.nn;

import org.mlworkbook.autodiff.Var;
import org.mlworkbook.tensor.Tensor;

/**
 * The parametric rectifier (He et al. 2015): y = x for x &gt; 0, y = αⱼ x otherwise, with one learnable slope αⱼ per
 * feature (parameter {@code "weight"}, initially 0.25 as in PyTorch). Leaky ReLU is the same with α fixed.
 */
public final class PReLU extends Layer {

    /** The initial slope. */
    public static final double INITIAL_SLOPE = 0.25;

    private final Var alpha;

    /**
     * @param features d ≥ 1, the number of columns of the input (one slope each)
     * @throws IllegalArgumentException if d &lt; 1
     */
    public PReLU(int features) {
        if (features < 1) {
            throw new IllegalArgumentException("PReLU: features expected ≥ 1, got " + features);
        }
        this.alpha = parameter("weight", Tensor.full(INITIAL_SLOPE, features));
    }

    /** @return the slopes α */
    public Var weight() {
        return alpha;
    }

    /** y = max(0, x) + α min(0, x), per column. @param x n×d @return y */
    @Override
    public Var forward(Var x) {
        return x.prelu(alpha);
    }

    @Override
    protected String describe() {
        return "PReLU(" + alpha.value().size() + ")";
    }
}

package org.mlworkbook.nn;

import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;

/**
 * Inverted dropout (lecture 002 §11): in training mode each element is kept with probability 1 − p and scaled by
 * 1/(1 − p), otherwise set to 0, so E[y] = x and the network cannot rely on any single unit; in evaluation mode
 * y = x. A new mask is drawn from the layer's {@link Rng} at every training forward, so a seeded run repeats.
 *
 * <pre>{@code
 * new Sequential(new Dense(64, 128, rng), new ActivationLayer(Activation.RELU), new Dropout(0.5, rng), …);
 * }</pre>
 */
public final class Dropout extends Layer {

    private final double rate;
    private final Rng rng;

    /**
     * @param rate the probability p of dropping an element, 0 ≤ p &lt; 1
     * @param rng  the source of the masks
     * @throws IllegalArgumentException if p is outside [0, 1) or rng is null
     */
    public Dropout(double rate, Rng rng) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException("Dropout: rate expected 0 ≤ p < 1, got " + rate);
        }
        if (rng == null) {
            throw new IllegalArgumentException("Dropout: rng expected an Rng, got null");
        }
        this.rate = rate;
        this.rng = rng;
    }

    /** @return p */
    public double rate() {
        return rate;
    }

    /**
     * y = m ⊙ x / (1 − p) with mᵢ ~ Bernoulli(1 − p) in training mode, y = x in evaluation mode.
     *
     * @param x the input
     * @return y, of x's shape
     */
    @Override
    public Var forward(Var x) {
        return isTraining() && rate > 0 ? x.dropout(rate, rng) : x;
    }

    @Override
    protected String describe() {
        return "Dropout(p=" + rate + ")";
    }
}

package org.mlworkbook.nn;

import org.mlworkbook.autodiff.Activation;
import org.mlworkbook.autodiff.Var;

/**
 * An element-wise activation y = f(x) as a layer, without parameters; backward ∂L/∂x = ∂L/∂y ⊙ f′(x). The function
 * and its derivative are defined once, in {@link Activation}.
 *
 * <pre>{@code
 * new Sequential(new Dense(2, 4, rng), new ActivationLayer(Activation.TANH), new Dense(4, 1, rng));
 * }</pre>
 */
public final class ActivationLayer extends Layer {

    private final Activation f;

    /**
     * @param f the activation, e.g. {@link Activation#RELU}
     * @throws IllegalArgumentException if f is null
     */
    public ActivationLayer(Activation f) {
        if (f == null) {
            throw new IllegalArgumentException("ActivationLayer: f expected an Activation, got null");
        }
        this.f = f;
    }

    /** @return f */
    public Activation activation() {
        return f;
    }

    /** y = f(x) element-wise. @param x the input @return y, of x's shape */
    @Override
    public Var forward(Var x) {
        return x.activate(f);
    }

    @Override
    protected String describe() {
        return "ActivationLayer(" + f.name() + ")";
    }
}

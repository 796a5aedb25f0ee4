package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;

/**
 * Stochastic gradient descent, optionally with momentum μ and Nesterov's look-ahead, in PyTorch's formulation
 * (notes 004: v_{t+1} = βv_t + ∇f(x_t), here with μ for β):
 * <pre>
 *   plain (μ = 0):  θ ← θ − κ g
 *   momentum:       v ← μ v + g,        θ ← θ − κ v          (v₀ = 0, so v₁ = g)
 *   Nesterov:       v ← μ v + g,        θ ← θ − κ (g + μ v)
 * </pre>
 * with g the gradient including weight decay ({@link Optimizer}). The velocity v is a running sum of past gradients,
 * so steps grow along directions that agree and cancel across a ravine. Notes 001 write
 * velocity ← μ·velocity − κ·g, θ ← θ + velocity: the same steps (velocity = −κv) while κ is constant.
 * Nesterov's form evaluates the gradient's effect one velocity step ahead; with μ = 0 both forms are plain SGD.
 */
public final class Sgd extends Optimizer {

    private double momentum;
    private boolean nesterov;

    /**
     * Plain SGD, θ ← θ − κ g (momentum 0).
     *
     * @param parameters   the leaves to update. Not modified.
     * @param learningRate κ, finite &gt; 0
     * @throws IllegalArgumentException as {@link Optimizer#Optimizer(List, double)}
     */
    public Sgd(List<Var> parameters, double learningRate) {
        super(parameters, learningRate);
    }

    /**
     * Sets the momentum: v ← μ v + g, θ ← θ − κ v.
     *
     * @param momentum μ ∈ [0, 1) (0.9 is usual; 0 is plain SGD)
     * @return this optimiser
     * @throws IllegalArgumentException if μ is outside [0, 1)
     */
    public Sgd momentum(double momentum) {
        this.momentum = Betas.requireDecay("momentum", "momentum", momentum);
        return this;
    }

    /** @return μ */
    public double momentum() {
        return momentum;
    }

    /**
     * Switches Nesterov's look-ahead on or off: θ ← θ − κ (g + μ v) after v ← μ v + g.
     *
     * @param nesterov whether to use it
     * @return this optimiser
     */
    public Sgd nesterov(boolean nesterov) {
        this.nesterov = nesterov;
        return this;
    }

    /** @return whether Nesterov's look-ahead is on */
    public boolean nesterov() {
        return nesterov;
    }

    /** θ ← θ − κ g, or with momentum v ← μ v + g and θ ← θ − κ v (Nesterov: θ ← θ − κ (g + μ v)). */
    @Override
    protected void update(double[] w, double[] g, double[][] state, int step, double learningRate) {
        double mu = momentum;
        if (mu == 0) {
            for (int i = 0; i < w.length; i++) {
                w[i] -= learningRate * g[i];
            }
            return;
        }
        double[] v = state[0];
        if (nesterov) {
            for (int i = 0; i < w.length; i++) {
                v[i] = mu * v[i] + g[i];
                w[i] -= learningRate * (g[i] + mu * v[i]);
            }
        } else {
            for (int i = 0; i < w.length; i++) {
                v[i] = mu * v[i] + g[i];
                w[i] -= learningRate * v[i];
            }
        }
    }

    /** @return 1: the velocity v */
    @Override
    protected int stateBuffers() {
        return 1;
    }

    /** @return "SGD", "SGD+momentum" or "SGD+Nesterov" */
    @Override
    public String name() {
        return momentum == 0 ? "SGD" : nesterov ? "SGD+Nesterov" : "SGD+momentum";
    }

    @Override
    protected String settings() {
        return ", momentum=" + momentum + ", nesterov=" + nesterov;
    }
}

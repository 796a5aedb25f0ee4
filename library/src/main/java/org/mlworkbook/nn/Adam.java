package org.mlworkbook.nn;

import java.util.List;
import org.mlworkbook.autodiff.Var;

/**
 * Adam, adaptive moment estimation (Kingma &amp; Ba, 2014): momentum's running mean of gradients and RMSProp's
 * running mean of squares, both corrected for starting at zero (notes 001 and 004):
 * <pre>
 *   m ← β₁ m + (1 − β₁) g,    v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ),        v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − κ m̂ / (√v̂ + ε)
 * </pre>
 * (element-wise, m₀ = v₀ = 0, t the parameter's step count, g including the L2 term λθ as in PyTorch's Adam, not
 * AdamW). Without the bias correction the first steps would be far too small (m₁ = (1 − β₁)g); with it the first
 * step is m̂/√v̂ = g/|g|, so every element moves by κ·sign(g) when ε is negligible. Defaults as the paper and
 * PyTorch: β₁ = 0.9, β₂ = 0.999, ε = 1e-8; κ = 1e-3 is the usual start.
 */
public final class Adam extends AdaptiveOptimizer<Adam> {

    /** The paper's default β₁. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** The paper's default β₂. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** The paper's default ε. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private double beta1 = DEFAULT_BETA1;
    private double beta2 = DEFAULT_BETA2;

    /**
     * @param parameters   the leaves to update. Not modified.
     * @param learningRate κ, finite &gt; 0 (1e-3 is the usual value)
     * @throws IllegalArgumentException as {@link Optimizer#Optimizer(List, double)}
     */
    public Adam(List<Var> parameters, double learningRate) {
        super(parameters, learningRate, DEFAULT_EPSILON);
    }

    /**
     * @param beta1 β₁ ∈ [0, 1), the decay of the mean m
     * @param beta2 β₂ ∈ [0, 1), the decay of the mean of squares v
     * @return this optimiser
     * @throws IllegalArgumentException if a β is outside [0, 1)
     */
    public Adam betas(double beta1, double beta2) {
        Betas.requireDecay("betas", "beta1", beta1);
        Betas.requireDecay("betas", "beta2", beta2);
        this.beta1 = beta1;
        this.beta2 = beta2;
        return this;
    }

    /** @return β₁ */
    public double beta1() {
        return beta1;
    }

    /** @return β₂ */
    public double beta2() {
        return beta2;
    }

    /**
     * m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − (κ/(1 − β₁ᵗ)) m / (√v/√(1 − β₂ᵗ) + ε), which is
     * θ − κ m̂/(√v̂ + ε) with the two corrections computed once per parameter.
     */
    @Override
    protected void update(double[] w, double[] g, double[][] state, int step, double learningRate) {
        double[] m = state[0];
        double[] v = state[1];
        double stepSize = learningRate / (1 - Math.pow(beta1, step));
        double rootCorrection = Math.sqrt(1 - Math.pow(beta2, step));
        double b1 = beta1;
        double b2 = beta2;
        double c1 = 1 - beta1;
        double c2 = 1 - beta2;
        double epsilon = epsilon();
        for (int i = 0; i < w.length; i++) {
            double gi = g[i];
            m[i] = b1 * m[i] + c1 * gi;
            v[i] = b2 * v[i] + c2 * gi * gi;
            w[i] -= stepSize * m[i] / (Math.sqrt(v[i]) / rootCorrection + epsilon);
        }
    }

    /** @return 2: the moments m and v */
    @Override
    protected int stateBuffers() {
        return 2;
    }

    /** @return "Adam" */
    @Override
    public String name() {
        return "Adam";
    }

    @Override
    protected String settings() {
        return ", betas=(" + beta1 + ", " + beta2 + "), epsilon=" + epsilon();
    }
}

package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The adaptive LIF neuron with a dynamic threshold (lecture notes 000, "Adaptive (2D) LIF", a homeostasis
 * analogue): C·dV/dt = −(C/τ)·(V − V₀) + I(t) and τ_θ·dθ/dt = θ₀ − θ; when V ≥ θ the neuron spikes, V ← V_reset
 * (held for t_ref) and θ ← θ + Δθ. Each spike raises the threshold, which then relaxes back to θ₀, so a constant
 * input gives intervals that lengthen (spike-frequency adaptation). Units as {@link LifNeuron}.
 * State variables: "V" and "threshold".
 *
 * @param capacitanceNf    C, nF, &gt; 0
 * @param tauMs            τ, ms, &gt; 0
 * @param restMv           V₀, mV
 * @param resetMv          V_reset, mV
 * @param thresholdRestMv  θ₀, the threshold without recent spikes, mV, &gt; V₀ and &gt; V_reset
 * @param thresholdTauMs   τ_θ, ms, &gt; 0
 * @param thresholdJumpMv  Δθ, the increase per spike, mV, ≥ 0
 * @param refractoryMs     t_ref, ms, ≥ 0
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public record AdaptiveLif(double capacitanceNf, double tauMs, double restMv, double resetMv, double thresholdRestMv,
                          double thresholdTauMs, double thresholdJumpMv, double refractoryMs)
        implements SpikingNeuron {

    /** The {@link LifNeuron#DEFAULT} membrane with θ₀ = −55 mV, τ_θ = 100 ms, Δθ = 2 mV. */
    public static final AdaptiveLif DEFAULT = new AdaptiveLif(1.0, 10.0, -70.0, -70.0, -55.0, 100.0, 2.0, 2.0);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if C, τ or τ_θ is not positive, Δθ or t_ref is negative, or θ₀ is not
     *                                  above V₀ and V_reset
     */
    public AdaptiveLif {
        SpikeArgs.positive("AdaptiveLif", "capacitanceNf", capacitanceNf);
        SpikeArgs.positive("AdaptiveLif", "tauMs", tauMs);
        SpikeArgs.finite("AdaptiveLif", "restMv", restMv);
        SpikeArgs.finite("AdaptiveLif", "resetMv", resetMv);
        SpikeArgs.positive("AdaptiveLif", "thresholdTauMs", thresholdTauMs);
        SpikeArgs.nonNegative("AdaptiveLif", "thresholdJumpMv", thresholdJumpMv);
        SpikeArgs.nonNegative("AdaptiveLif", "refractoryMs", refractoryMs);
        SpikeArgs.thresholdAbove("AdaptiveLif", "thresholdRestMv", thresholdRestMv, restMv, resetMv);
    }

    /** Exponential Euler, exact for both linear relaxations. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.EXPONENTIAL_EULER;
    }

    /** {@inheritDoc} The step must be stable for min(τ, τ_θ). */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        integrator.requireStableStep("simulate", dtMs, Math.min(tauMs, thresholdTauMs));
        double leak = 1.0 / tauMs;
        double inverseC = 1.0 / capacitanceNf;
        double thresholdRate = 1.0 / thresholdTauMs;
        SpikingDynamics dynamics = new SpikingDynamics(new String[] {"V", "threshold"},
                new double[] {restMv, thresholdRestMv}, refractoryMs, resetMv, Double.NaN, true) {
            @Override
            public void derivative(double t, double[] y, double[] dydt) {
                dydt[0] = -leak * (y[0] - restMv) + inverseC * current.applyAsDouble(t);
                dydt[1] = thresholdRate * (thresholdRestMv - y[1]);
            }

            @Override
            public void diagonalJacobian(double t, double[] y, double[] dydt, double[] out) {
                out[0] = -leak;
                out[1] = -thresholdRate;
            }

            @Override
            double thresholdGap(double[] y) {
                return y[0] - y[1];
            }

            @Override
            void reset(double[] y) {
                y[0] = resetMv;
                y[1] += thresholdJumpMv;
            }
        };
        return SpikingSimulator.run(dynamics, current, steps, dtMs, integrator, recordTrace);
    }
}

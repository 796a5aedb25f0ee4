package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The leaky integrate-and-fire neuron in physical units (lecture notes 000 and 002 §2.3):
 * C·dV/dt = −(C/τ)·(V − V₀) + I(t) while V &lt; θ; when V reaches θ the neuron spikes, V is reset to V_reset
 * and held there for the refractory period t_ref. Units: C in nF, τ and t in ms, V in mV, I in nA
 * (nF·mV/ms = nA), so the membrane resistance is R = τ/C in MΩ.
 *
 * <p>Below the rheobase I_rh = C·(θ − V₀)/τ the potential settles at V∞ = V₀ + I·τ/C &lt; θ and the neuron never
 * fires; above it, the rate is {@link #analyticRateHz}. Pitfall: a reset above rest (V_reset &gt; V₀) changes
 * the rate formula; this class uses the general one.
 *
 * @param capacitanceNf C, nF, &gt; 0
 * @param tauMs         τ = RC, ms, &gt; 0
 * @param restMv        V₀, the resting potential, mV
 * @param thresholdMv   θ, mV, &gt; V₀ and &gt; V_reset
 * @param resetMv       V_reset, mV
 * @param refractoryMs  t_ref, ms, ≥ 0
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public record LifNeuron(double capacitanceNf, double tauMs, double restMv, double thresholdMv, double resetMv,
                        double refractoryMs) implements SpikingNeuron {

    /** C = 1 nF, τ = 10 ms, V₀ = −70 mV, θ = −55 mV (notes 000), V_reset = −70 mV, t_ref = 2 ms. */
    public static final LifNeuron DEFAULT = new LifNeuron(1.0, 10.0, -70.0, -55.0, -70.0, 2.0);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if C or τ is not positive, t_ref is negative, a voltage is not finite, or
     *                                  θ is not above both V₀ and V_reset
     */
    public LifNeuron {
        SpikeArgs.positive("LifNeuron", "capacitanceNf", capacitanceNf);
        SpikeArgs.positive("LifNeuron", "tauMs", tauMs);
        SpikeArgs.finite("LifNeuron", "restMv", restMv);
        SpikeArgs.finite("LifNeuron", "resetMv", resetMv);
        SpikeArgs.nonNegative("LifNeuron", "refractoryMs", refractoryMs);
        SpikeArgs.thresholdAbove("LifNeuron", "thresholdMv", thresholdMv, restMv, resetMv);
    }

    /**
     * A copy with another refractory period.
     *
     * @param refractory t_ref, ms, ≥ 0
     * @return the new neuron
     */
    public LifNeuron withRefractoryMs(double refractory) {
        return new LifNeuron(capacitanceNf, tauMs, restMv, thresholdMv, resetMv, refractory);
    }

    /**
     * The rheobase, the smallest constant current that makes the neuron fire: I_rh = C·(θ − V₀)/τ.
     *
     * @return I_rh, nA (1.5 nA for {@link #DEFAULT})
     */
    public double rheobaseNa() {
        return capacitanceNf * (thresholdMv - restMv) / tauMs;
    }

    /**
     * The firing rate for a constant current: with V∞ = V₀ + I·τ/C, the time from reset to threshold is
     * T = τ·ln((V∞ − V_reset)/(V∞ − θ)) and r = 1/(t_ref + T); r = 0 when V∞ ≤ θ (I ≤ I_rh).
     * With V_reset = V₀ and v_in = (V∞ − V₀)/(θ − V₀) this is 1/(t_ref − τ·ln(1 − 1/v_in)).
     *
     * @param currentNa I, nA, finite
     * @return r, Hz
     * @throws IllegalArgumentException if the current is not finite
     */
    public double analyticRateHz(double currentNa) {
        SpikeArgs.finite("analyticRateHz", "currentNa", currentNa);
        double vInf = restMv + currentNa * tauMs / capacitanceNf;
        if (vInf <= thresholdMv) {
            return 0.0;
        }
        double timeToThreshold = tauMs * Math.log((vInf - resetMv) / (vInf - thresholdMv));
        return 1000.0 / (refractoryMs + timeToThreshold);
    }

    /** Exponential Euler, exact for the linear leak. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.EXPONENTIAL_EULER;
    }

    /**
     * {@inheritDoc} The step must satisfy the integrator's stability limit for τ (dt &lt; 2τ for Euler).
     */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        integrator.requireStableStep("simulate", dtMs, tauMs);
        SpikingDynamics dynamics = new LeakyDynamics(current, 1.0 / tauMs, restMv, 1.0 / capacitanceNf,
                thresholdMv, resetMv, refractoryMs);
        return SpikingSimulator.run(dynamics, current, steps, dtMs, integrator, recordTrace);
    }
}

package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The perfect (non-leaky) integrate-and-fire neuron (lecture notes 000): C·dV/dt = I(t); when V reaches θ the
 * neuron spikes, V is reset to V_reset and held for t_ref. Without a leak every positive current eventually
 * makes it fire — there is no rheobase — and the rate grows linearly: r = 1/(t_ref + C·(θ − V_reset)/I).
 * Units: C in nF, t in ms, V in mV, I in nA. The neuron starts at V_reset.
 *
 * @param capacitanceNf C, nF, &gt; 0
 * @param thresholdMv   θ, mV, &gt; V_reset
 * @param resetMv       V_reset (also the initial potential), mV
 * @param refractoryMs  t_ref, ms, ≥ 0
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public record IntegrateAndFire(double capacitanceNf, double thresholdMv, double resetMv, double refractoryMs)
        implements SpikingNeuron {

    /** C = 1 nF, θ = −55 mV, V_reset = −70 mV (notes 000), t_ref = 2 ms. */
    public static final IntegrateAndFire DEFAULT = new IntegrateAndFire(1.0, -55.0, -70.0, 2.0);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if C is not positive, t_ref is negative or θ is not above V_reset
     */
    public IntegrateAndFire {
        SpikeArgs.positive("IntegrateAndFire", "capacitanceNf", capacitanceNf);
        SpikeArgs.finite("IntegrateAndFire", "resetMv", resetMv);
        SpikeArgs.nonNegative("IntegrateAndFire", "refractoryMs", refractoryMs);
        if (!(thresholdMv > resetMv) || Double.isInfinite(thresholdMv)) {
            throw new IllegalArgumentException(String.format(
                    "IntegrateAndFire: thresholdMv expected finite and > resetMv = %s, got %s", resetMv, thresholdMv));
        }
    }

    /**
     * The firing rate for a constant current: r = 1/(t_ref + C·(θ − V_reset)/I) for I &gt; 0, else 0.
     *
     * @param currentNa I, nA, finite
     * @return r, Hz
     * @throws IllegalArgumentException if the current is not finite
     */
    public double analyticRateHz(double currentNa) {
        SpikeArgs.finite("analyticRateHz", "currentNa", currentNa);
        return currentNa <= 0 ? 0.0 : 1000.0 / (refractoryMs + capacitanceNf * (thresholdMv - resetMv) / currentNa);
    }

    /** Forward Euler, exact for a constant current. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.EULER;
    }

    /** {@inheritDoc} There is no time constant, so any positive dt is stable. */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        SpikingDynamics dynamics = new LeakyDynamics(current, 0.0, resetMv, 1.0 / capacitanceNf, thresholdMv, resetMv,
                refractoryMs);
        return SpikingSimulator.run(dynamics, current, steps, dtMs, integrator, recordTrace);
    }
}

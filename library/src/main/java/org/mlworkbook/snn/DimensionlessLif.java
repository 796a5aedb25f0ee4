package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The dimensionless leaky integrate-and-fire neuron (lecture notes 002 §2.3, §3.2): with
 * v = (V − V_L)/(V_th − V_L) the potential obeys τ_m·dv/dt = v_in(t) − v; at v = 1 it spikes, is reset to 0
 * and held for t_ref. Below threshold and from v(0) = 0 with a constant input, v(t) = v_in·(1 − e^{−t/τ_m})
 * (the notes' explicit solution, t in units of τ_m). The neuron fires only when v_in &gt; 1, at
 * r = 1/(t_ref − τ_m·ln(1 − 1/v_in)). The input is the dimensionless v_in(t).
 *
 * @param tauMs        τ_m, ms, &gt; 0
 * @param refractoryMs t_ref, ms, ≥ 0
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public record DimensionlessLif(double tauMs, double refractoryMs) implements SpikingNeuron {

    /** τ_m = 20 ms, t_ref = 2 ms (the usual values of the neural engineering framework). */
    public static final DimensionlessLif DEFAULT = new DimensionlessLif(20.0, 2.0);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if τ_m is not positive or t_ref is negative
     */
    public DimensionlessLif {
        SpikeArgs.positive("DimensionlessLif", "tauMs", tauMs);
        SpikeArgs.nonNegative("DimensionlessLif", "refractoryMs", refractoryMs);
    }

    /**
     * The analytic firing rate for a constant input: r = 1/(t_ref − τ_m·ln(1 − 1/v_in)) for v_in &gt; 1, else 0.
     *
     * @param vIn          v_in, finite
     * @param tauMs        τ_m, ms, &gt; 0
     * @param refractoryMs t_ref, ms, ≥ 0
     * @return r, Hz (the formula gives spikes per ms; ×1000)
     * @throws IllegalArgumentException if v_in is not finite, τ_m ≤ 0 or t_ref &lt; 0
     */
    public static double analyticRateHz(double vIn, double tauMs, double refractoryMs) {
        SpikeArgs.finite("analyticRateHz", "vIn", vIn);
        SpikeArgs.positive("analyticRateHz", "tauMs", tauMs);
        SpikeArgs.nonNegative("analyticRateHz", "refractoryMs", refractoryMs);
        return vIn <= 1 ? 0.0 : 1000.0 / (refractoryMs - tauMs * Math.log(1 - 1 / vIn));
    }

    /**
     * This neuron's analytic rate, {@link #analyticRateHz(double, double, double)} with its τ_m and t_ref.
     *
     * @param vIn v_in, finite
     * @return r, Hz
     */
    public double analyticRateHz(double vIn) {
        return analyticRateHz(vIn, tauMs, refractoryMs);
    }

    /**
     * The explicit sub-threshold solution from v(0) = 0 with a constant input: v(t) = v_in·(1 − e^{−t/τ_m}).
     *
     * @param vIn v_in, finite
     * @param tMs t, ms, ≥ 0
     * @return v(t)
     * @throws IllegalArgumentException if v_in is not finite or t is negative
     */
    public double subthresholdVoltage(double vIn, double tMs) {
        SpikeArgs.finite("subthresholdVoltage", "vIn", vIn);
        SpikeArgs.nonNegative("subthresholdVoltage", "tMs", tMs);
        return -vIn * Math.expm1(-tMs / tauMs);
    }

    /** Exponential Euler, exact for the linear leak. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.EXPONENTIAL_EULER;
    }

    /** {@inheritDoc} The input is v_in(t); the step must be stable for τ_m (dt &lt; 2τ_m for Euler). */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator vIn, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        integrator.requireStableStep("simulate", dtMs, tauMs);
        double rate = 1.0 / tauMs;
        SpikingDynamics dynamics = new LeakyDynamics(vIn, rate, 0.0, rate, 1.0, 0.0, refractoryMs);
        return SpikingSimulator.run(dynamics, vIn, steps, dtMs, integrator, recordTrace);
    }
}

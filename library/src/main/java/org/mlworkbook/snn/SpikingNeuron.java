package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * A single spiking neuron model driven by an input current I(t): integrate-and-fire, LIF (dimensioned and
 * dimensionless), adaptive LIF, Izhikevich and Hodgkin–Huxley all simulate through this interface, with a fixed
 * step dt from t = 0, and return a {@link NeuronTrace}. Every model checks dt against its own stability limit.
 */
public interface SpikingNeuron {

    /**
     * Simulates the neuron from its initial state for the given duration.
     *
     * @param current     the input current I(t), t in ms, in the model's unit
     * @param durationMs  T, ms, &gt; 0
     * @param dtMs        the step, ms, &gt; 0 and within the model's stability limit for this integrator
     * @param integrator  the ODE method
     * @param recordTrace true: keep every sample; false: keep only the first and last state (spikes are always kept)
     * @return the trace
     * @throws IllegalArgumentException if T or dt is not positive and finite, or dt is too large for stability
     */
    NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                         boolean recordTrace);

    /**
     * The integrator this model uses by default (exponential Euler for the LIF family, RK4 for Izhikevich and
     * Hodgkin–Huxley, Euler for the perfect integrator, where it is exact).
     *
     * @return the default method
     */
    Integrator defaultIntegrator();

    /**
     * Simulates with the default integrator, recording every sample.
     *
     * @param current    the input current I(t)
     * @param durationMs T, ms, &gt; 0
     * @param dtMs       the step, ms, &gt; 0
     * @return the trace
     * @throws IllegalArgumentException as {@link #simulate(DoubleUnaryOperator, double, double, Integrator, boolean)}
     */
    default NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs) {
        return simulate(current, durationMs, dtMs, defaultIntegrator(), true);
    }

    /**
     * The f–I (tuning) curve: for each constant current Iⱼ, the firing rate rⱼ = (spikes in T)/T in Hz.
     *
     * @param currents   the constant input currents. Not modified.
     * @param durationMs T, ms, &gt; 0
     * @param dtMs       the step, ms, &gt; 0
     * @return one rate per current, Hz
     * @throws IllegalArgumentException if a current is not finite, or T or dt is bad
     */
    default double[] tuningCurveHz(double[] currents, double durationMs, double dtMs) {
        double[] rates = new double[currents.length];
        for (int j = 0; j < currents.length; j++) {
            NeuronTrace trace = simulate(Currents.constant(currents[j]), durationMs, dtMs, defaultIntegrator(), false);
            rates[j] = 1000.0 * trace.spikeCount() / durationMs;
        }
        return rates;
    }
}

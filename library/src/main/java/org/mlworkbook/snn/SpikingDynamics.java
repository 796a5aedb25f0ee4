package org.mlworkbook.snn;

/**
 * What {@link SpikingSimulator} needs of a model besides dy/dt: the state's names (voltage first, at index 0),
 * the initial state, when a spike happens, what the reset does and how long the neuron stays refractory.
 */
abstract class SpikingDynamics implements OdeSystem {

    final String[] stateNames;
    final double[] initialState;
    final double refractoryMs;
    final double resetVoltage;
    final double spikeMarkVoltage;
    final boolean resets;

    /**
     * @param stateNames       the state variables' names, voltage first
     * @param initialState     the state at t = 0
     * @param refractoryMs     the absolute refractory period (V held at resetVoltage), ms; 0 for none
     * @param resetVoltage     the voltage held while refractory
     * @param spikeMarkVoltage the voltage written into the trace at a spike's sample; NaN: the state after reset
     * @param resets           whether a spike resets the state ({@link #reset} is called at the spike time);
     *                         false for Hodgkin–Huxley, whose channels end the spike by themselves
     */
    SpikingDynamics(String[] stateNames, double[] initialState, double refractoryMs, double resetVoltage,
                    double spikeMarkVoltage, boolean resets) {
        this.stateNames = stateNames;
        this.initialState = initialState;
        this.refractoryMs = refractoryMs;
        this.resetVoltage = resetVoltage;
        this.spikeMarkVoltage = spikeMarkVoltage;
        this.resets = resets;
    }

    /** g(y) = V − θ(y): a spike happens when g goes from &lt; 0 to ≥ 0 within a step. */
    abstract double thresholdGap(double[] y);

    /** Applies the after-spike reset to y in place (called only when {@link #resets}). */
    abstract void reset(double[] y);
}

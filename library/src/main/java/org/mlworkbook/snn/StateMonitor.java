package org.mlworkbook.snn;

import java.util.Arrays;

/** The membrane potential v_i(t) (mV) of chosen neurons of a {@link LifNetwork}, recorded after every step. */
public final class StateMonitor {

    private final int[] neurons;
    private final double dt;
    private double[][] values;
    private int steps;
    private int firstStep = -1;

    StateMonitor(int[] neurons, double dt) {
        this.neurons = neurons.clone();
        this.dt = dt;
        values = new double[neurons.length][256];
    }

    void record(int step, double[] v) {
        if (firstStep < 0) {
            firstStep = step;
        }
        if (steps == values[0].length) {
            for (int r = 0; r < values.length; r++) {
                values[r] = Arrays.copyOf(values[r], 2 * steps);
            }
        }
        for (int r = 0; r < neurons.length; r++) {
            values[r][steps] = v[neurons[r]];
        }
        steps++;
    }

    /** The recorded neuron indices. */
    public int[] neurons() {
        return neurons.clone();
    }

    /** The times (ms) of the samples: step k (after its reset) is time k·dt, the clock of the spike times. */
    public double[] times() {
        double[] t = new double[steps];
        for (int s = 0; s < steps; s++) {
            t[s] = (firstStep + s) * dt;
        }
        return t;
    }

    /**
     * The trace of the r-th recorded neuron (r indexes {@link #neurons()}).
     *
     * @throws IllegalArgumentException if r is out of range
     */
    public double[] voltage(int r) {
        if (r < 0 || r >= neurons.length) {
            throw new IllegalArgumentException("voltage: r expected in [0, " + neurons.length + "), got " + r);
        }
        return Arrays.copyOf(values[r], steps);
    }
}

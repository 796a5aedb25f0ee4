package org.mlworkbook.snn;

import java.util.Arrays;

/**
 * The spikes of a {@link LifNetwork}: for every spike its time (ms) and neuron index, in the order they happened.
 * Read it with {@link #times()}/{@link #neurons()} (a raster) or per neuron with {@link #train(int)}.
 */
public final class SpikeMonitor {

    private final int neurons;
    private final double dt;
    private int[] steps = new int[64];
    private int[] indices = new int[64];
    private int count;
    private double duration;

    SpikeMonitor(int neurons, double dt) {
        this.neurons = neurons;
        this.dt = dt;
    }

    void record(int step, int neuron) {
        if (count == steps.length) {
            steps = Arrays.copyOf(steps, 2 * count);
            indices = Arrays.copyOf(indices, 2 * count);
        }
        steps[count] = step;
        indices[count++] = neuron;
    }

    void advanceTo(double time) {
        duration = time;
    }

    /** The total number of spikes. */
    public int count() {
        return count;
    }

    /** The spike times t = k·dt in ms (step k), in order. */
    public double[] times() {
        double[] t = new double[count];
        for (int s = 0; s < count; s++) {
            t[s] = steps[s] * dt;
        }
        return t;
    }

    /** The neuron index of each spike, parallel to {@link #times()}. */
    public int[] neurons() {
        return Arrays.copyOf(indices, count);
    }

    /** The simulated time T so far, ms. */
    public double duration() {
        return duration;
    }

    /** The mean rate of the population, count / (N·T) in Hz. @throws IllegalStateException before any step */
    public double meanRate() {
        if (duration == 0) {
            throw new IllegalStateException("meanRate: network expected to have run, got 0 ms");
        }
        return count / (neurons * duration / 1000.0);
    }

    /** The spike train of neuron i on [0, T). @throws IllegalArgumentException if i is out of range */
    public SpikeTrain train(int i) {
        if (i < 0 || i >= neurons) {
            throw new IllegalArgumentException("train: i expected in [0, " + neurons + "), got " + i);
        }
        return trains()[i];
    }

    /** Every neuron's train on [0, T), index i. @throws IllegalStateException before any step */
    public SpikeTrain[] trains() {
        if (duration == 0) {
            throw new IllegalStateException("trains: network expected to have run, got 0 ms");
        }
        double[][] times = new double[neurons][];
        int[] perNeuron = new int[neurons];
        for (int s = 0; s < count; s++) {
            perNeuron[indices[s]]++;
        }
        for (int i = 0; i < neurons; i++) {
            times[i] = new double[perNeuron[i]];
            perNeuron[i] = 0;
        }
        for (int s = 0; s < count; s++) {
            times[indices[s]][perNeuron[indices[s]]++] = steps[s] * dt;
        }
        SpikeTrain[] trains = new SpikeTrain[neurons];
        for (int i = 0; i < neurons; i++) {
            trains[i] = SpikeTrain.of(duration, times[i]);
        }
        return trains;
    }
}

package org.mlworkbook.snn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a single-neuron simulation recorded: the membrane potential and every state variable at the grid times
 * tₖ = k·dt (k = 0 … steps), the input current at those times, and the spike times. A spike at t_s means the
 * threshold was crossed between two samples, t_{k−1} &lt; t_s ≤ tₖ; t_s is found by linear interpolation.
 * The arrays are the record's own (copied in); the accessors return them without copying, for plotting.
 *
 * @param timesMs        the sample times, ms
 * @param voltage        the membrane potential at each time (mV, or dimensionless for {@link DimensionlessLif})
 * @param current        the input current I(tₖ) at each time
 * @param stateVariables every state variable by name (voltage first), in the model's order
 * @param spikeTimesMs   the spike times, ms, increasing
 */
public record NeuronTrace(double[] timesMs, double[] voltage, double[] current, Map<String, double[]> stateVariables,
                          double[] spikeTimesMs) {

    /**
     * Copies the arrays and checks their lengths.
     *
     * @throws IllegalArgumentException if a series has another length than timesMs
     */
    public NeuronTrace {
        int n = timesMs.length;
        if (voltage.length != n || current.length != n) {
            throw new IllegalArgumentException(String.format(
                    "NeuronTrace: voltage and current expected %d values, got %d and %d", n, voltage.length,
                    current.length));
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> entry : stateVariables.entrySet()) {
            if (entry.getValue().length != n) {
                throw new IllegalArgumentException(String.format("NeuronTrace: state %s expected %d values, got %d",
                        entry.getKey(), n, entry.getValue().length));
            }
            copy.put(entry.getKey(), entry.getValue().clone());
        }
        timesMs = timesMs.clone();
        voltage = voltage.clone();
        current = current.clone();
        stateVariables = Collections.unmodifiableMap(copy);
        spikeTimesMs = spikeTimesMs.clone();
    }

    /**
     * One state variable over time, e.g. {@code "n"}, {@code "m"}, {@code "h"} for Hodgkin–Huxley or {@code "u"}
     * for Izhikevich.
     *
     * @param name the variable's name, one of {@link #stateNames()}
     * @return its values at the sample times (the record's own array)
     * @throws IllegalArgumentException if there is no such variable
     */
    public double[] state(String name) {
        double[] values = stateVariables.get(name);
        if (values == null) {
            throw new IllegalArgumentException("state: name expected one of " + stateNames() + ", got " + name);
        }
        return values;
    }

    /**
     * The names of the recorded state variables, in the model's order.
     *
     * @return the names
     */
    public List<String> stateNames() {
        return List.copyOf(stateVariables.keySet());
    }

    /**
     * The number of spikes.
     *
     * @return spikeTimesMs.length
     */
    public int spikeCount() {
        return spikeTimesMs.length;
    }

    /**
     * The simulated duration, T = t_last − t₀, ms.
     *
     * @return the duration
     */
    public double durationMs() {
        return timesMs.length == 0 ? 0 : timesMs[timesMs.length - 1] - timesMs[0];
    }

    /**
     * The mean firing rate over the whole run: r = (number of spikes)/T, in Hz (T in ms, so ×1000).
     *
     * @return spikes per second; 0 for an empty run
     */
    public double firingRateHz() {
        double duration = durationMs();
        return duration > 0 ? 1000.0 * spikeTimesMs.length / duration : 0.0;
    }

    /**
     * The inter-spike intervals, ISIᵢ = t_{i+1} − tᵢ, ms.
     *
     * @return one fewer value than spikes (empty for fewer than two spikes)
     */
    public double[] interSpikeIntervalsMs() {
        double[] intervals = new double[Math.max(0, spikeTimesMs.length - 1)];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = spikeTimesMs[i + 1] - spikeTimesMs[i];
        }
        return intervals;
    }

    /**
     * The steady firing rate from the last inter-spike interval, 1000/ISI_last in Hz: for a constant input this is
     * the rate of the periodic regime, free of the first (transient) interval.
     *
     * @return the rate, Hz; 0 with fewer than two spikes
     */
    public double steadyRateHz() {
        int n = spikeTimesMs.length;
        return n < 2 ? 0.0 : 1000.0 / (spikeTimesMs[n - 1] - spikeTimesMs[n - 2]);
    }

    @Override
    public String toString() {
        return String.format("NeuronTrace(%d samples, %.4g ms, states %s, %d spikes%s)", timesMs.length, durationMs(),
                stateNames(), spikeTimesMs.length, spikeTimesMs.length == 0 ? ""
                        : " at " + Arrays.toString(Arrays.copyOf(spikeTimesMs, Math.min(5, spikeTimesMs.length)))
                                + (spikeTimesMs.length > 5 ? "…" : ""));
    }
}

package org.mlworkbook.snn;

import org.mlworkbook.math.Rng;

/**
 * Rate coding: a value x ∈ [0, 1] becomes a Poisson train of rate r = x·r_max, so a larger input spikes more
 * often; decoding estimates x̂ = k / (T r_max) from the spike count k in the window T.
 *
 * @param maxRate  r_max in Hz, &gt; 0
 * @param duration T in ms, &gt; 0
 */
public record RateCode(double maxRate, double duration) {

    /** Checks the arguments. @throws IllegalArgumentException if r_max ≤ 0 or T ≤ 0 */
    public RateCode {
        SpikeArgs.positive("RateCode", "maxRate", maxRate);
        SpikeArgs.positive("RateCode", "duration", duration);
    }

    /**
     * One Poisson train per value, rate xᵢ·r_max, drawn in order from {@code Rng(seed)}.
     *
     * @param values xᵢ in [0, 1]. Not modified.
     * @throws IllegalArgumentException if a value is outside [0, 1] or NaN
     */
    public SpikeTrain[] encode(double[] values, long seed) {
        Rng rng = new Rng(seed);
        SpikeTrain[] trains = new SpikeTrain[unitValues("encode", values).length];
        for (int i = 0; i < values.length; i++) {
            trains[i] = PoissonSource.homogeneous(values[i] * maxRate, duration, rng);
        }
        return trains;
    }

    /** x̂ᵢ = kᵢ / (T r_max) for each train (T in seconds). */
    public double[] decode(SpikeTrain[] trains) {
        double[] x = new double[trains.length];
        for (int i = 0; i < trains.length; i++) {
            x[i] = trains[i].count() / (duration / 1000.0 * maxRate);
        }
        return x;
    }

    static double[] unitValues(String method, double[] values) {
        SpikeArgs.finiteValues(method, "values", values);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 1) {
                throw new IllegalArgumentException(String.format("%s: values expected values in [0, 1], got %s at index %d",
                        method, values[i], i));
            }
        }
        return values;
    }
}

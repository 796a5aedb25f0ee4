package org.mlworkbook.snn;

import org.mlworkbook.math.Rng;

/**
 * Population coding: K neurons with Gaussian tuning curves r_k(x) = r_max exp(−(x − c_k)² / (2σ²)) around
 * preferred values c_k spread evenly over [x_min, x_max]; one value x is carried by the whole population's rates.
 * The population-vector decoder estimates x̂ = Σ_k r_k c_k / Σ_k r_k (rates or spike counts).
 *
 * @param preferred the preferred values c_k (at least one)
 * @param width     σ, &gt; 0
 * @param maxRate   r_max in Hz, &gt; 0
 */
public record PopulationCode(double[] preferred, double width, double maxRate) {

    /** Checks and copies. @throws IllegalArgumentException if there is no c_k, σ ≤ 0 or r_max ≤ 0 */
    public PopulationCode {
        SpikeArgs.finiteValues("PopulationCode", "preferred", preferred);
        SpikeArgs.atLeastOne("PopulationCode", "preferred.length", preferred.length);
        preferred = preferred.clone();
        SpikeArgs.positive("PopulationCode", "width", width);
        SpikeArgs.positive("PopulationCode", "maxRate", maxRate);
    }

    /**
     * K neurons with c_k = x_min + k (x_max − x_min)/(K − 1), k = 0 … K − 1.
     *
     * @throws IllegalArgumentException if K &lt; 2, x_max ≤ x_min, σ ≤ 0 or r_max ≤ 0
     */
    public static PopulationCode evenlySpaced(int neurons, double min, double max, double width, double maxRate) {
        if (neurons < 2) {
            throw new IllegalArgumentException("evenlySpaced: neurons expected >= 2, got " + neurons);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("evenlySpaced: max expected > min = " + min + ", got " + max);
        }
        double[] c = new double[neurons];
        for (int k = 0; k < neurons; k++) {
            c[k] = min + k * (max - min) / (neurons - 1);
        }
        return new PopulationCode(c, width, maxRate);
    }

    /** The preferred values c_k (a copy). */
    @Override
    public double[] preferred() {
        return preferred.clone();
    }

    /** The tuning curves at x: r_k(x) = r_max exp(−(x − c_k)²/(2σ²)) in Hz. */
    public double[] rates(double x) {
        SpikeArgs.finite("rates", "x", x);
        double[] r = new double[preferred.length];
        for (int k = 0; k < r.length; k++) {
            double d = (x - preferred[k]) / width;
            r[k] = maxRate * Math.exp(-0.5 * d * d);
        }
        return r;
    }

    /** One Poisson train per neuron, rate r_k(x), drawn in order from {@code Rng(seed)}. */
    public SpikeTrain[] encode(double x, double duration, long seed) {
        Rng rng = new Rng(seed);
        double[] r = rates(x);
        SpikeTrain[] trains = new SpikeTrain[r.length];
        for (int k = 0; k < r.length; k++) {
            trains[k] = PoissonSource.homogeneous(r[k], duration, rng);
        }
        return trains;
    }

    /**
     * The population vector x̂ = Σ_k a_k c_k / Σ_k a_k of activities a_k (rates or counts).
     *
     * @throws IllegalArgumentException if the lengths differ, an activity is negative, or all are 0
     */
    public double decode(double[] activities) {
        SpikeArgs.finiteValues("decode", "activities", activities);
        if (activities.length != preferred.length) {
            throw new IllegalArgumentException("decode: activities expected length " + preferred.length + ", got "
                    + activities.length);
        }
        double sum = 0;
        double weighted = 0;
        for (int k = 0; k < activities.length; k++) {
            SpikeArgs.nonNegative("decode", "activities", activities[k]);
            sum += activities[k];
            weighted += activities[k] * preferred[k];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("decode: activities expected a positive sum, got all zeros");
        }
        return weighted / sum;
    }

    /** The population vector of the spike counts of the trains. */
    public double decode(SpikeTrain[] trains) {
        double[] counts = new double[trains.length];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = trains[k].count();
        }
        return decode(counts);
    }
}

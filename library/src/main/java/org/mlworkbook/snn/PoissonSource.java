package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;
import org.mlworkbook.math.Rng;

/**
 * Poisson spike trains. Homogeneous: the intervals are independent exponentials with mean 1/r, so the count in
 * a window of length T is Poisson(rT) and the ISI CV is 1. Inhomogeneous with rate r(t) ≤ r_max, by thinning
 * (Lewis–Shedler): candidates from a homogeneous process of rate r_max, each kept with probability r(t)/r_max.
 * Rates in Hz, times in ms.
 */
public final class PoissonSource {

    private PoissonSource() {
    }

    /**
     * A homogeneous Poisson train: t_{p+1} = t_p − ln(1 − u)/r, u ~ U[0, 1).
     *
     * @param rate     r in Hz, ≥ 0 (0 gives an empty train)
     * @param duration T in ms, &gt; 0
     * @param rng      the random source (advanced)
     * @throws IllegalArgumentException if rate &lt; 0 or duration ≤ 0
     */
    public static SpikeTrain homogeneous(double rate, double duration, Rng rng) {
        SpikeArgs.nonNegative("homogeneous", "rate", rate);
        SpikeArgs.positive("homogeneous", "duration", duration);
        return SpikeTrain.of(duration, candidates(rate, duration, rng, t -> 1.0));
    }

    /** {@link #homogeneous(double, double, Rng)} with a new {@code Rng(seed)}: the same seed gives the same spikes. */
    public static SpikeTrain homogeneous(double rate, double duration, long seed) {
        return homogeneous(rate, duration, new Rng(seed));
    }

    /**
     * n independent homogeneous trains of one rate, drawn one after the other from {@code Rng(seed)}.
     *
     * @throws IllegalArgumentException if n &lt; 1, rate &lt; 0 or duration ≤ 0
     */
    public static SpikeTrain[] population(int n, double rate, double duration, long seed) {
        SpikeArgs.atLeastOne("population", "n", n);
        Rng rng = new Rng(seed);
        SpikeTrain[] trains = new SpikeTrain[n];
        for (int i = 0; i < n; i++) {
            trains[i] = homogeneous(rate, duration, rng);
        }
        return trains;
    }

    /**
     * An inhomogeneous Poisson train with rate r(t) by thinning: a candidate at t is kept if u·r_max &lt; r(t).
     *
     * @param rate     r(t) in Hz for t in ms; every value must lie in [0, r_max]
     * @param maxRate  r_max in Hz, ≥ 0
     * @param duration T in ms, &gt; 0
     * @param seed     the seed of the random source
     * @throws IllegalArgumentException if maxRate &lt; 0, duration ≤ 0, or r(t) is outside [0, r_max] at a candidate
     */
    public static SpikeTrain inhomogeneous(DoubleUnaryOperator rate, double maxRate, double duration, long seed) {
        SpikeArgs.nonNegative("inhomogeneous", "maxRate", maxRate);
        SpikeArgs.positive("inhomogeneous", "duration", duration);
        return SpikeTrain.of(duration, candidates(maxRate, duration, new Rng(seed), t -> {
            double r = rate.applyAsDouble(t);
            if (!(r >= 0 && r <= maxRate)) {
                throw new IllegalArgumentException(String.format(
                        "inhomogeneous: rate expected values in [0, %s] Hz, got %s at t = %s ms", maxRate, r, t));
            }
            return r / maxRate;
        }));
    }

    /** Candidate times of rate r on [0, T), each kept with probability keep(t) (one uniform per candidate). */
    private static double[] candidates(double rate, double duration, Rng rng, DoubleUnaryOperator keep) {
        double[] times = new double[16];
        int k = 0;
        double perMs = rate / 1000.0;
        double t = perMs > 0 ? -Math.log(1 - rng.uniform()) / perMs : duration;
        while (t < duration) {
            if (rng.uniform() < keep.applyAsDouble(t)) {
                if (k == times.length) {
                    times = java.util.Arrays.copyOf(times, 2 * k);
                }
                times[k++] = t;
            }
            t -= Math.log(1 - rng.uniform()) / perMs;
        }
        return java.util.Arrays.copyOf(times, k);
    }
}

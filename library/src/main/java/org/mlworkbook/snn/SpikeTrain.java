package org.mlworkbook.snn;

import java.util.Arrays;

/**
 * A spike train: the sorted spike times t₁ ≤ t₂ ≤ … ≤ t_k (ms) of one neuron observed on [0, T), written as a sum
 * of Dirac deltas a(t) = Σ_p δ(t − t_p). Immutable.
 */
public final class SpikeTrain {

    private final double[] times;
    private final double duration;

    private SpikeTrain(double[] times, double duration) {
        this.times = times;
        this.duration = duration;
    }

    /**
     * The train with the given spike times on [0, duration).
     *
     * @param duration the observation time T in ms, &gt; 0
     * @param times    the spike times in ms, sorted ascending, each in [0, T). Not modified (copied).
     * @throws IllegalArgumentException if duration ≤ 0, a time is NaN, outside [0, T) or out of order
     */
    public static SpikeTrain of(double duration, double... times) {
        SpikeArgs.positive("of", "duration", duration);
        SpikeArgs.finiteValues("of", "times", times);
        for (int i = 0; i < times.length; i++) {
            if (times[i] < 0 || times[i] >= duration) {
                throw new IllegalArgumentException(String.format("of: times expected values in [0, %s), got %s at index %d",
                        duration, times[i], i));
            }
            if (i > 0 && times[i] < times[i - 1]) {
                throw new IllegalArgumentException(String.format("of: times expected ascending order, got %s after %s at "
                        + "index %d", times[i], times[i - 1], i));
            }
        }
        return new SpikeTrain(times.clone(), duration);
    }

    /** The spike times t_p in ms, ascending (a copy). */
    public double[] times() {
        return times.clone();
    }

    /** The observation time T in ms. */
    public double duration() {
        return duration;
    }

    /** The number of spikes k. */
    public int count() {
        return times.length;
    }

    /** The mean firing rate r = k / T in Hz (T converted to seconds). */
    public double rate() {
        return times.length / (duration / 1000.0);
    }

    /**
     * Spike counts in consecutive bins of width Δ: n_b = #{p : bΔ ≤ t_p &lt; (b+1)Δ}, b = 0 … ⌈T/Δ⌉ − 1.
     *
     * @param binWidth Δ in ms, &gt; 0
     * @throws IllegalArgumentException if binWidth ≤ 0
     */
    public int[] binned(double binWidth) {
        SpikeArgs.positive("binned", "binWidth", binWidth);
        int[] counts = new int[(int) Math.ceil(duration / binWidth - 1e-9)];
        for (double t : times) {
            counts[Math.min(counts.length - 1, (int) (t / binWidth))]++;
        }
        return counts;
    }

    /** The inter-spike intervals Δ_p = t_{p+1} − t_p in ms (k − 1 values; empty for fewer than two spikes). */
    public double[] isi() {
        double[] intervals = new double[Math.max(0, times.length - 1)];
        for (int p = 0; p < intervals.length; p++) {
            intervals[p] = times[p + 1] - times[p];
        }
        return intervals;
    }

    /**
     * The coefficient of variation of the inter-spike intervals, CV = σ_Δ / μ_Δ (population σ): 0 for a clock,
     * 1 for a Poisson process.
     *
     * @throws IllegalStateException if the train has fewer than three spikes (fewer than two intervals)
     */
    public double cv() {
        double[] intervals = isi();
        if (intervals.length < 2) {
            throw new IllegalStateException("cv: spike train expected at least 3 spikes, got " + times.length);
        }
        double mean = Arrays.stream(intervals).average().orElseThrow();
        double variance = Arrays.stream(intervals).map(d -> (d - mean) * (d - mean)).sum() / intervals.length;
        return Math.sqrt(variance) / mean;
    }

    /**
     * The filtered spike train s(t) = (a ∗ h)(t) = Σ_p h(t − t_p) at each requested time.
     *
     * @param filter the post-synaptic filter h
     * @param at     the times t in ms. Not modified.
     * @return s(t) for each t
     */
    public double[] filtered(SynapticFilter filter, double[] at) {
        SpikeArgs.finiteValues("filtered", "at", at);
        double[] s = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            for (double t : times) {
                if (t > at[i]) {
                    break;
                }
                s[i] += filter.value(at[i] - t);
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpikeTrain train && train.duration == duration && Arrays.equals(train.times, times);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(duration) + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return String.format("SpikeTrain(%d spikes in %s ms, %.3g Hz)", times.length, duration, rate());
    }
}

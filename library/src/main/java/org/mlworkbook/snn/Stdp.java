package org.mlworkbook.snn;

/**
 * Pair-based spike-timing-dependent plasticity. For a pair with Δt = t_post − t_pre the weight changes by the
 * window W(Δt) = A₊ e^{−Δt/τ₊} for Δt ≥ 0 (pre before post: potentiation) and W(Δt) = −A₋ e^{Δt/τ₋} for Δt &lt; 0
 * (post before pre: depression). In a simulation every synapse keeps traces: the presynaptic x decays with τ₊ and
 * jumps by 1 at a pre spike, the postsynaptic y decays with τ₋ and jumps by 1 at a post spike; a pre spike does
 * w ← w − A₋ y, a post spike w ← w + A₊ x, so all pairs add up their window values. Weights are clipped to
 * [w_min, w_max].
 *
 * @param aPlus    A₊ ≥ 0 (mV)
 * @param aMinus   A₋ ≥ 0 (mV)
 * @param tauPlus  τ₊ in ms, &gt; 0
 * @param tauMinus τ₋ in ms, &gt; 0
 * @param wMin     the lower weight bound
 * @param wMax     the upper weight bound, ≥ w_min
 */
public record Stdp(double aPlus, double aMinus, double tauPlus, double tauMinus, double wMin, double wMax) {

    /** Checks the arguments. @throws IllegalArgumentException if an amplitude is negative, a τ ≤ 0 or w_max &lt; w_min */
    public Stdp {
        SpikeArgs.nonNegative("Stdp", "aPlus", aPlus);
        SpikeArgs.nonNegative("Stdp", "aMinus", aMinus);
        SpikeArgs.positive("Stdp", "tauPlus", tauPlus);
        SpikeArgs.positive("Stdp", "tauMinus", tauMinus);
        SpikeArgs.finite("Stdp", "wMin", wMin);
        SpikeArgs.finite("Stdp", "wMax", wMax);
        if (wMax < wMin) {
            throw new IllegalArgumentException("Stdp: wMax expected >= wMin = " + wMin + ", got " + wMax);
        }
    }

    /** The window W(Δt) = A₊ e^{−Δt/τ₊} for Δt = t_post − t_pre ≥ 0, −A₋ e^{Δt/τ₋} for Δt &lt; 0 (Δt in ms). */
    public double window(double deltaT) {
        SpikeArgs.finite("window", "deltaT", deltaT);
        return deltaT >= 0 ? aPlus * Math.exp(-deltaT / tauPlus) : -aMinus * Math.exp(deltaT / tauMinus);
    }

    /** W at each Δt. Not modified. */
    public double[] window(double[] deltaT) {
        double[] w = new double[SpikeArgs.finiteValues("window", "deltaT", deltaT).length];
        for (int i = 0; i < w.length; i++) {
            w[i] = window(deltaT[i]);
        }
        return w;
    }
}

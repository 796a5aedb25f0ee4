package org.mlworkbook.snn;

/**
 * A current-based synapse: the presynaptic train a(t) reaches the postsynaptic membrane as the current
 * I(t) = w·s(t) = w Σ_p h(t − t_p) (in mV/ms), which drives dv/dt = −(v − v_rest)/τ_m + I(t). Because h has unit
 * area, one spike delivers the total w (mV): w &gt; 0 gives an excitatory post-synaptic potential (EPSP), w &lt; 0 an
 * inhibitory one (IPSP).
 *
 * @param weight w in mV, finite (positive: excitatory, negative: inhibitory)
 * @param filter the post-synaptic filter h
 */
public record CurrentSynapse(double weight, SynapticFilter filter) {

    /** Checks the arguments. @throws IllegalArgumentException if w is not finite or the filter is null */
    public CurrentSynapse {
        SpikeArgs.finite("CurrentSynapse", "weight", weight);
        if (filter == null) {
            throw new IllegalArgumentException("CurrentSynapse: filter expected a SynapticFilter, got null");
        }
    }

    /** Whether the synapse is excitatory (w &gt; 0). */
    public boolean excitatory() {
        return weight > 0;
    }

    /** The synaptic current I(t) = w Σ_p h(t − t_p) at each time t (ms). Not modified. */
    public double[] current(SpikeTrain train, double[] at) {
        double[] s = train.filtered(filter, at);
        for (int i = 0; i < s.length; i++) {
            s[i] *= weight;
        }
        return s;
    }

    /**
     * The post-synaptic potential of one spike at t = 0 on a passive membrane (v_rest = 0), for the exponential
     * filter (order 0): PSP(t) = w τ_m (e^{−t/τ_m} − e^{−t/τ_s}) / (τ_m − τ_s), and w (t/τ) e^{−t/τ} when
     * τ_m = τ_s = τ; 0 for t &lt; 0. As τ_s → 0 it becomes the jump w e^{−t/τ_m} of a delta synapse.
     *
     * @param tauM τ_m in ms, &gt; 0
     * @param at   the times t in ms. Not modified.
     * @throws IllegalArgumentException if τ_m ≤ 0
     * @throws IllegalStateException    if the filter's order is not 0
     */
    public double[] postSynapticPotential(double tauM, double[] at) {
        SpikeArgs.positive("postSynapticPotential", "tauM", tauM);
        SpikeArgs.finiteValues("postSynapticPotential", "at", at);
        if (filter.order() != 0) {
            throw new IllegalStateException("postSynapticPotential: filter expected order 0 (exponential), got order "
                    + filter.order());
        }
        double tauS = filter.tau();
        double[] v = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            double t = at[i];
            if (t < 0) {
                continue;
            }
            v[i] = Math.abs(tauM - tauS) < 1e-12 * tauM
                    ? weight * t / tauM * Math.exp(-t / tauM)
                    : weight * tauM * (Math.exp(-t / tauM) - Math.exp(-t / tauS)) / (tauM - tauS);
        }
        return v;
    }
}

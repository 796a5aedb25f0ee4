package org.mlworkbook.snn;

/**
 * The normalised post-synaptic filter of order n with time constant τ_s:
 * h(t) = t^n e^{−t/τ_s} / (n! τ_s^{n+1}) for t ≥ 0 and 0 for t &lt; 0, so that ∫₀^∞ h(t) dt = 1.
 * Order 0 is the exponential filter e^{−t/τ_s}/τ_s (the solution of τ_s ds/dt = −s with s(0) = 1/τ_s), order 1 the
 * alpha function t e^{−t/τ_s}/τ_s²; higher orders rise more slowly and peak at t = nτ_s.
 *
 * @param order n ≥ 0
 * @param tau   τ_s in ms, &gt; 0
 */
public record SynapticFilter(int order, double tau) {

    /** Checks the arguments. @throws IllegalArgumentException if order &lt; 0 or τ_s ≤ 0 */
    public SynapticFilter {
        if (order < 0 || order > 20) {
            throw new IllegalArgumentException("SynapticFilter: order expected 0 … 20, got " + order);
        }
        SpikeArgs.positive("SynapticFilter", "tau", tau);
    }

    /** The exponential filter h(t) = e^{−t/τ_s}/τ_s (order 0). */
    public static SynapticFilter exponential(double tau) {
        return new SynapticFilter(0, tau);
    }

    /** The alpha filter h(t) = t e^{−t/τ_s}/τ_s² (order 1), peak at t = τ_s. */
    public static SynapticFilter alpha(double tau) {
        return new SynapticFilter(1, tau);
    }

    /** h(t) = t^n e^{−t/τ_s} / (n! τ_s^{n+1}) for t ≥ 0, else 0 (t in ms, h in 1/ms). */
    public double value(double t) {
        if (t < 0) {
            return 0;
        }
        double x = t / tau;
        double power = 1;
        for (int k = 1; k <= order; k++) {
            power *= x / k;
        }
        return power * Math.exp(-x) / tau;
    }

    /** h at each time t (ms). Not modified. */
    public double[] values(double[] t) {
        SpikeArgs.finiteValues("values", "t", t);
        double[] h = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            h[i] = value(t[i]);
        }
        return h;
    }

    /** The time of the maximum, t* = nτ_s. */
    public double peakTime() {
        return order * tau;
    }
}

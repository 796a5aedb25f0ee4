package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The Hodgkin–Huxley neuron (Hodgkin &amp; Huxley, J. Physiol. 117, 1952; lecture notes 000 and 002 §2.2):
 * C·dV/dt = I − ḡ_Na·m³h·(V − E_Na) − ḡ_K·n⁴·(V − E_K) − ḡ_L·(V − E_L), and for each gate x ∈ {n, m, h}
 * dx/dt = αₓ(V)·(1 − x) − βₓ(V)·x = (x∞ − x)/τₓ with x∞ = α/(α + β), τₓ = 1/(α + β). Four identical gates n
 * open a K⁺ channel, three gates m and one h a Na⁺ channel. The rates are the published ones in today's
 * convention (V in mV, rest −65 mV; the notes misprint β_n, β_m and α_h): see {@link #alphaN} … {@link #betaH}.
 * Units: V in mV, t in ms, C in µF/cm², ḡ in mS/cm², I in µA/cm². A spike is an upward crossing of 0 mV; there
 * is no reset — the channels shape the action potential. The neuron starts at rest with every gate at x∞(−65).
 * State variables: "V", "n", "m", "h".
 *
 * @param capacitanceUfCm2 C, µF/cm², &gt; 0
 * @param gNa              ḡ_Na, mS/cm², ≥ 0
 * @param gK               ḡ_K, mS/cm², ≥ 0
 * @param gL               ḡ_L, mS/cm², ≥ 0
 * @param eNaMv            E_Na, mV
 * @param eKMv             E_K, mV
 * @param eLMv             E_L, mV
 * @see "notebooks/19-biological-neurons.ipynb"
 */
public record HodgkinHuxley(double capacitanceUfCm2, double gNa, double gK, double gL, double eNaMv, double eKMv,
                            double eLMv) implements SpikingNeuron {

    /** The squid axon of 1952: C = 1, ḡ_Na = 120, ḡ_K = 36, ḡ_L = 0.3, E_Na = 50, E_K = −77, E_L = −54.387 mV. */
    public static final HodgkinHuxley DEFAULT = new HodgkinHuxley(1.0, 120.0, 36.0, 0.3, 50.0, -77.0, -54.387);
    /** The resting potential the rate functions are written around, mV. */
    public static final double REST_MV = -65.0;
    /** A spike is an upward crossing of this potential, mV. */
    public static final double SPIKE_THRESHOLD_MV = 0.0;
    private static final double EXP_PLUS_1_5 = Math.exp(1.5);
    private static final double EXP_PLUS_2 = Math.exp(2.0);

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if C is not positive, a conductance is negative or a potential not finite
     */
    public HodgkinHuxley {
        SpikeArgs.positive("HodgkinHuxley", "capacitanceUfCm2", capacitanceUfCm2);
        SpikeArgs.nonNegative("HodgkinHuxley", "gNa", gNa);
        SpikeArgs.nonNegative("HodgkinHuxley", "gK", gK);
        SpikeArgs.nonNegative("HodgkinHuxley", "gL", gL);
        SpikeArgs.finite("HodgkinHuxley", "eNaMv", eNaMv);
        SpikeArgs.finite("HodgkinHuxley", "eKMv", eKMv);
        SpikeArgs.finite("HodgkinHuxley", "eLMv", eLMv);
        if (gNa + gK + gL == 0) {
            throw new IllegalArgumentException("HodgkinHuxley: gNa + gK + gL expected > 0, got 0");
        }
    }

    /**
     * x/(1 − e^{−x/s}), continued by its limit s + x/2 near x = 0 (the removable singularity of α_n and α_m).
     */
    private static double linearOverExp(double x, double s) {
        return Math.abs(x / s) < 1e-6 ? s + x / 2 : x / (-Math.expm1(-x / s));
    }

    /**
     * α_n(V) = 0.01·(V + 55)/(1 − e^{−(V + 55)/10}), 1/ms (0.1 at V = −55).
     *
     * @param vMv V, mV
     * @return α_n
     */
    public static double alphaN(double vMv) {
        return 0.01 * linearOverExp(vMv + 55, 10);
    }

    /**
     * β_n(V) = 0.125·e^{−(V + 65)/80}, 1/ms.
     *
     * @param vMv V, mV
     * @return β_n
     */
    public static double betaN(double vMv) {
        return 0.125 * Math.exp(-(vMv + 65) / 80);
    }

    /**
     * α_m(V) = 0.1·(V + 40)/(1 − e^{−(V + 40)/10}), 1/ms (1 at V = −40).
     *
     * @param vMv V, mV
     * @return α_m
     */
    public static double alphaM(double vMv) {
        return 0.1 * linearOverExp(vMv + 40, 10);
    }

    /**
     * β_m(V) = 4·e^{−(V + 65)/18}, 1/ms.
     *
     * @param vMv V, mV
     * @return β_m
     */
    public static double betaM(double vMv) {
        return 4 * Math.exp(-(vMv + 65) / 18);
    }

    /**
     * α_h(V) = 0.07·e^{−(V + 65)/20}, 1/ms.
     *
     * @param vMv V, mV
     * @return α_h
     */
    public static double alphaH(double vMv) {
        return 0.07 * Math.exp(-(vMv + 65) / 20);
    }

    /**
     * β_h(V) = 1/(1 + e^{−(V + 35)/10}), 1/ms.
     *
     * @param vMv V, mV
     * @return β_h
     */
    public static double betaH(double vMv) {
        return 1 / (1 + Math.exp(-(vMv + 35) / 10));
    }

    /**
     * The six rates {α_n, β_n, α_m, β_m, α_h, β_h} at V from three exponentials instead of six — the same
     * formulas as {@link #alphaN} … {@link #betaH}, using e^{−(V+40)/10} = e^{−(V+55)/10}·e^{1.5},
     * e^{−(V+35)/10} = e^{−(V+55)/10}·e^{2} and e^{−(V+65)/20} = (e^{−(V+65)/80})⁴ (the simulation's inner loop).
     */
    static void fastRates(double vMv, double[] out) {
        double x55 = vMv + 55;
        double x40 = vMv + 40;
        double e55 = Math.exp(-x55 / 10);
        double e80 = Math.exp(-(vMv + 65) / 80);
        double e80Squared = e80 * e80;
        out[0] = Math.abs(x55) < 1e-6 ? 0.01 * (10 + x55 / 2) : 0.01 * x55 / (1 - e55);
        out[1] = 0.125 * e80;
        out[2] = Math.abs(x40) < 1e-6 ? 0.1 * (10 + x40 / 2) : 0.1 * x40 / (1 - e55 * EXP_PLUS_1_5);
        out[3] = 4 * Math.exp(-(vMv + 65) / 18);
        out[4] = 0.07 * e80Squared * e80Squared;
        out[5] = 1 / (1 + e55 * EXP_PLUS_2);
    }

    /**
     * The steady-state open fractions x∞(V) = αₓ/(αₓ + βₓ) of the gates n, m, h.
     *
     * @param vMv V, mV
     * @return {n∞, m∞, h∞}
     */
    public static double[] steadyStateGates(double vMv) {
        double an = alphaN(vMv);
        double am = alphaM(vMv);
        double ah = alphaH(vMv);
        return new double[] {an / (an + betaN(vMv)), am / (am + betaM(vMv)), ah / (ah + betaH(vMv))};
    }

    /**
     * The gates' time constants τₓ(V) = 1/(αₓ + βₓ), ms.
     *
     * @param vMv V, mV
     * @return {τ_n, τ_m, τ_h}
     */
    public static double[] gateTimeConstantsMs(double vMv) {
        return new double[] {1 / (alphaN(vMv) + betaN(vMv)), 1 / (alphaM(vMv) + betaM(vMv)),
            1 / (alphaH(vMv) + betaH(vMv))};
    }

    /**
     * The fastest time constant the membrane can have, every channel fully open: τ_min = C/(ḡ_Na + ḡ_K + ḡ_L)
     * (0.0064 ms for {@link #DEFAULT}); the explicit integrators need dt below a multiple of it.
     *
     * @return τ_min, ms
     */
    public double fastestTauMs() {
        return capacitanceUfCm2 / (gNa + gK + gL);
    }

    /** RK4. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.RK4;
    }

    /**
     * {@inheritDoc} The step must be stable for {@link #fastestTauMs()}: dt &lt; 0.0128 ms for Euler,
     * &lt; 0.0178 ms for RK4 with the default parameters.
     */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        integrator.requireStableStep("simulate", dtMs, fastestTauMs());
        double[] gates = steadyStateGates(REST_MV);
        double inverseC = 1.0 / capacitanceUfCm2;
        SpikingDynamics dynamics = new SpikingDynamics(new String[] {"V", "n", "m", "h"},
                new double[] {REST_MV, gates[0], gates[1], gates[2]}, 0.0, REST_MV, Double.NaN, false) {
            private final double[] rates = new double[6];

            @Override
            public void derivative(double t, double[] y, double[] dydt) {
                double v = y[0];
                double n = y[1];
                double m = y[2];
                double h = y[3];
                double n2 = n * n;
                double iNa = gNa * m * m * m * h * (v - eNaMv);
                double iK = gK * n2 * n2 * (v - eKMv);
                double iL = gL * (v - eLMv);
                dydt[0] = inverseC * (current.applyAsDouble(t) - iNa - iK - iL);
                fastRates(v, rates);
                dydt[1] = rates[0] * (1 - n) - rates[1] * n;
                dydt[2] = rates[2] * (1 - m) - rates[3] * m;
                dydt[3] = rates[4] * (1 - h) - rates[5] * h;
            }

            @Override
            public void diagonalJacobian(double t, double[] y, double[] dydt, double[] out) {
                double n = y[1];
                double m = y[2];
                double n2 = n * n;
                fastRates(y[0], rates);
                out[0] = -inverseC * (gNa * m * m * m * y[3] + gK * n2 * n2 + gL);
                out[1] = -(rates[0] + rates[1]);
                out[2] = -(rates[2] + rates[3]);
                out[3] = -(rates[4] + rates[5]);
            }

            @Override
            double thresholdGap(double[] y) {
                return y[0] - SPIKE_THRESHOLD_MV;
            }

            @Override
            void reset(double[] y) {
                throw new IllegalStateException("reset: Hodgkin–Huxley has no reset");
            }
        };
        return SpikingSimulator.run(dynamics, current, steps, dtMs, integrator, recordTrace);
    }
}

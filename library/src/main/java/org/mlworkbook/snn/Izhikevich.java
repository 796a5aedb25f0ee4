package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;

/**
 * The Izhikevich neuron (Izhikevich, "Simple model of spiking neurons", IEEE Trans. Neural Networks 14, 2003;
 * lecture notes 000): dv/dt = 0.04v² + 5v + 140 − u + I, du/dt = a·(b·v − u); when v ≥ 30 mV the neuron
 * spikes, v ← c and u ← u + d. v in mV, t in ms; I is in the model's own units (I = 10 drives regular spiking).
 * The recovery variable u (state "u") grows with every spike and pulls v down, which gives adaptation,
 * bursts and the other classic firing types of the presets. It starts at v = −65 mV, u = b·v.
 * Pitfall: the model was published with 0.5 ms steps; larger steps change the patterns and are rejected.
 *
 * @param a the time scale of u, 1/ms (smaller: slower recovery; 0.02 by default)
 * @param b the sensitivity of u to v
 * @param c the after-spike reset of v, mV
 * @param d the after-spike jump of u
 * @see "notebooks/20-spiking-neuron-models.ipynb"
 */
public record Izhikevich(double a, double b, double c, double d) implements SpikingNeuron {

    /** Regular spiking (excitatory cortex): a = 0.02, b = 0.2, c = −65, d = 8; adapts. */
    public static final Izhikevich RS = new Izhikevich(0.02, 0.2, -65, 8);
    /** Intrinsically bursting: a = 0.02, b = 0.2, c = −55, d = 4; a burst first, then single spikes. */
    public static final Izhikevich IB = new Izhikevich(0.02, 0.2, -55, 4);
    /** Chattering: a = 0.02, b = 0.2, c = −50, d = 2; repeated bursts. */
    public static final Izhikevich CH = new Izhikevich(0.02, 0.2, -50, 2);
    /** Fast spiking (inhibitory interneurons): a = 0.1, b = 0.2, c = −65, d = 2; fast, no adaptation. */
    public static final Izhikevich FS = new Izhikevich(0.1, 0.2, -65, 2);
    /** Low-threshold spiking: a = 0.02, b = 0.25, c = −65, d = 2. */
    public static final Izhikevich LTS = new Izhikevich(0.02, 0.25, -65, 2);
    /** Thalamo-cortical: a = 0.02, b = 0.25, c = −65, d = 0.05. */
    public static final Izhikevich TC = new Izhikevich(0.02, 0.25, -65, 0.05);
    /** Resonator: a = 0.1, b = 0.26, c = −65, d = 2. */
    public static final Izhikevich RZ = new Izhikevich(0.1, 0.26, -65, 2);

    /** The spike cut-off, v ≥ 30 mV. */
    public static final double PEAK_MV = 30.0;
    /** The largest step accepted, ms (the published simulations use 0.5 ms). */
    public static final double MAX_DT_MS = 0.5;
    private static final double INITIAL_V_MV = -65.0;

    /**
     * Checks the parameters.
     *
     * @throws IllegalArgumentException if a is not positive, c is not below the peak, or b or d is not finite
     */
    public Izhikevich {
        SpikeArgs.positive("Izhikevich", "a", a);
        SpikeArgs.finite("Izhikevich", "b", b);
        SpikeArgs.finite("Izhikevich", "d", d);
        if (!(c < PEAK_MV) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("Izhikevich: c expected finite and < " + PEAK_MV + ", got " + c);
        }
    }

    /**
     * A preset by its name in Izhikevich (2003).
     *
     * @param name RS, IB, CH, FS, LTS, TC or RZ (case-insensitive)
     * @return the preset
     * @throws IllegalArgumentException for another name
     */
    public static Izhikevich preset(String name) {
        return switch (name.toUpperCase(java.util.Locale.ROOT)) {
            case "RS" -> RS;
            case "IB" -> IB;
            case "CH" -> CH;
            case "FS" -> FS;
            case "LTS" -> LTS;
            case "TC" -> TC;
            case "RZ" -> RZ;
            default -> throw new IllegalArgumentException(
                    "preset: name expected one of RS, IB, CH, FS, LTS, TC, RZ, got " + name);
        };
    }

    /** RK4. */
    @Override
    public Integrator defaultIntegrator() {
        return Integrator.RK4;
    }

    /** {@inheritDoc} The step must be at most {@value #MAX_DT_MS} ms. State variables "v" and "u". */
    @Override
    public NeuronTrace simulate(DoubleUnaryOperator current, double durationMs, double dtMs, Integrator integrator,
                                boolean recordTrace) {
        int steps = SpikingSimulator.steps("simulate", durationMs, dtMs);
        if (!(dtMs <= MAX_DT_MS)) {
            throw new IllegalArgumentException("simulate: dtMs expected > 0 and <= " + MAX_DT_MS
                    + " ms for the Izhikevich model, got " + dtMs);
        }
        SpikingDynamics dynamics = new SpikingDynamics(new String[] {"v", "u"},
                new double[] {INITIAL_V_MV, b * INITIAL_V_MV}, 0.0, c, PEAK_MV, true) {
            @Override
            public void derivative(double t, double[] y, double[] dydt) {
                double v = y[0];
                dydt[0] = 0.04 * v * v + 5 * v + 140 - y[1] + current.applyAsDouble(t);
                dydt[1] = a * (b * v - y[1]);
            }

            @Override
            public void diagonalJacobian(double t, double[] y, double[] dydt, double[] out) {
                out[0] = 0.08 * y[0] + 5;
                out[1] = -a;
            }

            @Override
            double thresholdGap(double[] y) {
                return y[0] - PEAK_MV;
            }

            @Override
            void reset(double[] y) {
                y[0] = c;
                y[1] += d;
            }
        };
        return SpikingSimulator.run(dynamics, current, steps, dtMs, integrator, recordTrace);
    }
}

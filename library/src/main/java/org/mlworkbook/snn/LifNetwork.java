package org.mlworkbook.snn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mlworkbook.math.Rng;

/**
 * A population of N leaky integrate-and-fire neurons updated together, state held in arrays (not one object per
 * neuron). Between spikes dv_i/dt = −(v_i − v_rest)/τ_m + s_i(t), integrated exactly over each step dt. Synapses:
 * <ul>
 *   <li>delta (τ_s = 0, the default): a spike from j adds w_ji (mV) to v_i at once;</li>
 *   <li>current-based (τ_s &gt; 0): τ_s ds_i/dt = −s_i and a spike from j does s_i ← s_i + w_ji/τ_s, the
 *       exponential filter of unit area, so the spike still delivers w_ji in total (the delta synapse is the limit
 *       τ_s → 0).</li>
 * </ul>
 * A neuron spikes when v_i &gt; θ_i and it is not refractory; then v_i ← v_reset and for t_ref it ignores input and
 * its v is held. Each step does, in this order (Brian2's default schedule): 1 state update of non-refractory
 * neurons, 2 threshold, 3 synaptic, external and Poisson input (delta input only to non-refractory neurons),
 * 4 reset. Options: recurrent weights (dense or sparse) with a delay, external spike trains through input weights,
 * Poisson background input, pair-based {@link Stdp} on either projection, adaptive thresholds
 * (θ_i jumps by Δθ at a spike and relaxes to θ₀ with τ_θ) and synaptic normalisation of the input weights.
 * Units: ms, mV, Hz.
 */
public final class LifNetwork {

    private final int n;
    private final double dt;
    private double tauM = 20;
    private double rest;
    private double threshold = 20;
    private double reset = 10;
    private double refractory = 2;
    private double tauS;
    private double thetaIncrement;
    private double tauTheta = 1;
    private double normalizedTotal = Double.NaN;

    private final double[] v;
    private final double[] s;
    private final double[] theta;
    private final int[] lastSpike;
    private final boolean[] active;
    private int step;

    private Projection recurrent;
    private int delaySteps;
    private double[][] pending;
    private Projection input;
    private int[] inputSteps = new int[0];
    private int[] inputSources = new int[0];
    private int inputCursor;
    private double[] poissonCdf;
    private double poissonWeight;
    private Rng poissonRng;
    private final SpikeMonitor spikes;
    private final List<StateMonitor> states = new ArrayList<>();

    /**
     * N neurons at rest (v = v_rest = 0 mV), with the defaults τ_m = 20 ms, θ = 20 mV, v_reset = 10 mV,
     * t_ref = 2 ms, delta synapses, no connections.
     *
     * @param neurons N ≥ 1
     * @param dt      the time step in ms, &gt; 0
     * @throws IllegalArgumentException if N &lt; 1 or dt ≤ 0
     */
    public LifNetwork(int neurons, double dt) {
        this.n = SpikeArgs.atLeastOne("LifNetwork", "neurons", neurons);
        this.dt = SpikeArgs.positive("LifNetwork", "dt", dt);
        v = new double[n];
        s = new double[n];
        theta = new double[n];
        Arrays.fill(theta, threshold);
        lastSpike = new int[n];
        Arrays.fill(lastSpike, Integer.MIN_VALUE / 2);
        active = new boolean[n];
        Arrays.fill(active, true);
        spikes = new SpikeMonitor(n, dt);
    }

    /** The membrane time constant τ_m in ms (&gt; 0); returns this. */
    public LifNetwork tauM(double tauM) {
        this.tauM = SpikeArgs.positive("tauM", "tauM", tauM);
        return this;
    }

    /** The resting potential v_rest in mV; returns this. */
    public LifNetwork rest(double rest) {
        this.rest = SpikeArgs.finite("rest", "rest", rest);
        return this;
    }

    /** The threshold θ₀ in mV (every neuron's θ_i is set to it); returns this. */
    public LifNetwork threshold(double threshold) {
        this.threshold = SpikeArgs.finite("threshold", "threshold", threshold);
        Arrays.fill(theta, threshold);
        return this;
    }

    /** The reset potential v_reset in mV; returns this. */
    public LifNetwork reset(double reset) {
        this.reset = SpikeArgs.finite("reset", "reset", reset);
        return this;
    }

    /** The refractory period t_ref in ms (≥ 0), rounded to whole steps; returns this. */
    public LifNetwork refractory(double refractory) {
        this.refractory = SpikeArgs.nonNegative("refractory", "refractory", refractory);
        return this;
    }

    /** The synaptic time constant τ_s in ms: 0 for delta synapses, &gt; 0 for exponential current synapses. */
    public LifNetwork synapseTau(double tauS) {
        this.tauS = SpikeArgs.nonNegative("synapseTau", "tauS", tauS);
        return this;
    }

    /**
     * Adaptive thresholds (homeostasis): at a spike θ_i ← θ_i + Δθ, between spikes τ_θ dθ_i/dt = θ₀ − θ_i.
     *
     * @throws IllegalArgumentException if Δθ &lt; 0 or τ_θ ≤ 0
     */
    public LifNetwork adaptiveThreshold(double increment, double tauTheta) {
        this.thetaIncrement = SpikeArgs.nonNegative("adaptiveThreshold", "increment", increment);
        this.tauTheta = SpikeArgs.positive("adaptiveThreshold", "tauTheta", tauTheta);
        return this;
    }

    /** Sets v_i for every neuron (mV). @throws IllegalArgumentException if the length is not N or a value is not finite */
    public LifNetwork voltages(double[] initial) {
        SpikeArgs.finiteValues("voltages", "initial", initial);
        if (initial.length != n) {
            throw new IllegalArgumentException("voltages: initial expected length " + n + ", got " + initial.length);
        }
        System.arraycopy(initial, 0, v, 0, n);
        return this;
    }

    /**
     * Recurrent synapses W (N×N, row = presynaptic) with a transmission delay (ms, ≥ 0, rounded to whole steps).
     *
     * @throws IllegalArgumentException if W is not N×N or the delay is negative
     */
    public LifNetwork connect(WeightMatrix weights, double delay) {
        requireShape("connect", weights, n);
        SpikeArgs.nonNegative("connect", "delay", delay);
        recurrent = new Projection(weights);
        delaySteps = (int) Math.round(delay / dt);
        pending = new double[delaySteps + 1][n];
        return this;
    }

    /**
     * External spike trains (times in ms of the network's clock) through input weights W_in (M×N, row = source).
     * A spike at t reaches the network in step ⌊t/dt⌋.
     *
     * @throws IllegalArgumentException if W_in is not M×N for M = trains.length
     */
    public LifNetwork input(SpikeTrain[] trains, WeightMatrix weights) {
        if (trains == null || weights == null || weights.rows() != trains.length || weights.cols() != n) {
            throw new IllegalArgumentException(String.format("input: weights expected %s×%d, got %s",
                    trains == null ? "?" : trains.length, n, weights == null ? "null" : weights.shapeString()));
        }
        input = new Projection(weights);
        int total = Arrays.stream(trains).mapToInt(SpikeTrain::count).sum();
        long[] events = new long[total];
        int e = 0;
        for (int src = 0; src < trains.length; src++) {
            for (double t : trains[src].times()) {
                events[e++] = ((long) (int) Math.floor(t / dt + 1e-9) << 32) | src;
            }
        }
        Arrays.sort(events);
        inputSteps = new int[total];
        inputSources = new int[total];
        for (e = 0; e < total; e++) {
            inputSteps[e] = (int) (events[e] >>> 32);
            inputSources[e] = (int) events[e];
        }
        inputCursor = 0;
        while (inputCursor < total && inputSteps[inputCursor] < step) {
            inputCursor++;
        }
        return this;
    }

    /**
     * Poisson background: every neuron receives {@code sources} independent Poisson trains of rate ν, each spike
     * adding {@code weight}; per step the count is drawn from Binomial(sources, ν·dt) by inverting its CDF.
     *
     * @throws IllegalArgumentException if sources &lt; 1, ν &lt; 0, ν·dt &gt; 1 or the weight is not finite
     */
    public LifNetwork poissonInput(int sources, double rate, double weight, long seed) {
        SpikeArgs.atLeastOne("poissonInput", "sources", sources);
        SpikeArgs.nonNegative("poissonInput", "rate", rate);
        double p = rate * dt / 1000.0;
        if (p > 1) {
            throw new IllegalArgumentException("poissonInput: rate·dt expected <= 1, got " + p);
        }
        poissonWeight = SpikeArgs.finite("poissonInput", "weight", weight);
        poissonCdf = binomialCdf(sources, p);
        poissonRng = new Rng(seed);
        return this;
    }

    /** STDP on the recurrent weights. @throws IllegalStateException before {@link #connect} */
    public LifNetwork learnRecurrent(Stdp rule) {
        if (recurrent == null) {
            throw new IllegalStateException("learnRecurrent: connect(...) expected first, got no recurrent weights");
        }
        recurrent.learn(rule, dt);
        return this;
    }

    /** STDP on the input weights. @throws IllegalStateException before {@link #input} */
    public LifNetwork learnInput(Stdp rule) {
        if (input == null) {
            throw new IllegalStateException("learnInput: input(...) expected first, got no input weights");
        }
        input.learn(rule, dt);
        return this;
    }

    /**
     * Synaptic normalisation: after every spike of neuron j its input weights are rescaled to Σ_i w_ij = W.
     *
     * @throws IllegalArgumentException if W ≤ 0
     */
    public LifNetwork normalizeInput(double total) {
        this.normalizedTotal = SpikeArgs.positive("normalizeInput", "total", total);
        return this;
    }

    /** Starts recording v of the given neurons after every following step. */
    public StateMonitor recordVoltage(int... neurons) {
        for (int i : neurons) {
            if (i < 0 || i >= n) {
                throw new IllegalArgumentException("recordVoltage: neurons expected indices in [0, " + n + "), got " + i);
            }
        }
        if (neurons.length == 0) {
            throw new IllegalArgumentException("recordVoltage: neurons expected at least one index, got none");
        }
        StateMonitor monitor = new StateMonitor(neurons, dt);
        states.add(monitor);
        return monitor;
    }

    /**
     * Advances the network by round(duration/dt) steps (continuing from where the last run stopped).
     *
     * @param duration in ms, &gt; 0
     * @return this
     */
    public LifNetwork run(double duration) {
        SpikeArgs.positive("run", "duration", duration);
        if (dt > tauM) {
            throw new IllegalArgumentException("run: dt expected <= tauM = " + tauM + " ms, got " + dt);
        }
        int steps = (int) Math.round(duration / dt);
        int refSteps = (int) Math.round(refractory / dt);
        double decay = Math.exp(-dt / tauM);
        double synDecay = tauS > 0 ? Math.exp(-dt / tauS) : 0;
        double drive = tauS <= 0 ? 0 : Math.abs(tauS - tauM) < 1e-12 * tauM ? dt * decay
                : (synDecay - decay) / (1 / tauM - 1 / tauS);
        double thetaDecay = Math.exp(-dt / tauTheta);
        double[] in = new double[n];
        int[] fired = new int[n];
        boolean adaptive = thetaIncrement > 0;
        boolean poisson = poissonCdf != null;
        for (int end = step + steps; step < end; step++) {
            int k = step;
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (active[i]) {
                    v[i] = rest + (v[i] - rest) * decay + s[i] * drive;
                }
                s[i] *= synDecay;
                if (adaptive) {
                    theta[i] = threshold + (theta[i] - threshold) * thetaDecay;
                }
                boolean ready = k - lastSpike[i] >= refSteps;
                if (ready && v[i] > theta[i]) {
                    fired[count++] = i;
                    lastSpike[i] = k;
                    ready = false;
                }
                active[i] = ready;
                if (poisson) {
                    in[i] += poissonEvents() * poissonWeight;
                }
            }
            deliverSpikes(k, fired, count, in);
            for (int i = 0; i < n; i++) {
                if (tauS > 0) {
                    s[i] += in[i] / tauS;
                } else if (active[i]) {
                    v[i] += in[i];
                }
                in[i] = 0;
            }
            for (int c = 0; c < count; c++) {
                int i = fired[c];
                v[i] = reset;
                theta[i] += thetaIncrement;
                spikes.record(k, i);
            }
            for (StateMonitor monitor : states) {
                monitor.record(k, v);
            }
        }
        spikes.advanceTo(step * dt);
        return this;
    }

    /** Step 3: recurrent (delayed) and external spikes into {@code in}; STDP updates for this step. */
    private void deliverSpikes(int k, int[] fired, int count, double[] in) {
        if (recurrent != null) {
            recurrent.decayTraces();
            double[] later = delaySteps == 0 ? in : pending[(k + delaySteps) % pending.length];
            for (int c = 0; c < count; c++) {
                recurrent.weights.deliver(fired[c], 1, later);
                recurrent.preSpike(fired[c]);
            }
            if (delaySteps > 0) {
                double[] arriving = pending[k % pending.length];
                for (int i = 0; i < n; i++) {
                    in[i] += arriving[i];
                    arriving[i] = 0;
                }
            }
            for (int c = 0; c < count; c++) {
                recurrent.postSpike(fired[c]);
            }
        }
        if (input != null) {
            input.decayTraces();
            while (inputCursor < inputSteps.length && inputSteps[inputCursor] == k) {
                int src = inputSources[inputCursor++];
                input.weights.deliver(src, 1, in);
                input.preSpike(src);
            }
            for (int c = 0; c < count; c++) {
                input.postSpike(fired[c]);
                if (!Double.isNaN(normalizedTotal)) {
                    input.weights.normalizeIncoming(fired[c], normalizedTotal);
                }
            }
        }
    }

    /**
     * One Binomial(sources, ν·dt) count by inverting the CDF with one uniform: #{k : u ≥ P(X ≤ k)}. The first
     * three comparisons are summed without branches (their outcome is a coin flip for ν·dt·sources near 1).
     */
    private int poissonEvents() {
        double u = poissonRng.uniform();
        double[] cdf = poissonCdf;
        int events = (u >= cdf[0] ? 1 : 0) + (u >= cdf[1] ? 1 : 0) + (u >= cdf[2] ? 1 : 0);
        while (events < cdf.length - 1 && u >= cdf[events]) {
            events++;
        }
        return events;
    }

    /** P(X ≤ k) of Binomial(m, p) for k = 0, 1, … until it is within 1e-16 of 1 (the last entry is set to 1). */
    private static double[] binomialCdf(int m, double p) {
        double[] cdf = new double[m + 1];
        double pmf = Math.pow(1 - p, m);
        double sum = 0;
        int k = 0;
        while (true) {
            sum += pmf;
            cdf[k] = sum;
            if (k == m || 1 - sum < 1e-16 || p == 0) {
                break;
            }
            pmf *= (double) (m - k) / (k + 1) * p / (1 - p);
            k++;
        }
        double[] table = Arrays.copyOf(cdf, Math.max(3, k + 1));
        Arrays.fill(table, k, table.length, 1.0);
        return table;
    }

    private static void requireShape(String method, WeightMatrix weights, int n) {
        if (weights == null || weights.rows() != n || weights.cols() != n) {
            throw new IllegalArgumentException(String.format("%s: weights expected %d×%d, got %s", method, n, n,
                    weights == null ? "null" : weights.shapeString()));
        }
    }

    /** N. */
    public int size() {
        return n;
    }

    /** The time step dt in ms. */
    public double dt() {
        return dt;
    }

    /** The simulated time so far, steps·dt in ms. */
    public double time() {
        return step * dt;
    }

    /** The membrane potentials v_i now (a copy, mV). */
    public double[] voltages() {
        return v.clone();
    }

    /** The thresholds θ_i now (a copy, mV). */
    public double[] thresholds() {
        return theta.clone();
    }

    /** The spikes so far. */
    public SpikeMonitor spikes() {
        return spikes;
    }

    /** The recurrent weights (changed in place by STDP). @throws IllegalStateException before {@link #connect} */
    public WeightMatrix recurrentWeights() {
        if (recurrent == null) {
            throw new IllegalStateException("recurrentWeights: connect(...) expected first, got no recurrent weights");
        }
        return recurrent.weights;
    }

    /** The input weights (changed in place by STDP). @throws IllegalStateException before {@link #input} */
    public WeightMatrix inputWeights() {
        if (input == null) {
            throw new IllegalStateException("inputWeights: input(...) expected first, got no input weights");
        }
        return input.weights;
    }
}

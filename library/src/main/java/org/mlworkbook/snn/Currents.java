package org.mlworkbook.snn;

import java.util.function.DoubleUnaryOperator;
import org.mlworkbook.math.Rng;

/**
 * Input currents as functions of time, I(t) with t in ms: the stimuli the neuron models are driven with.
 * The unit of the amplitude is the unit of the model they feed (nA for {@link LifNeuron}, µA/cm² for
 * {@link HodgkinHuxley}, dimensionless v_in for {@link DimensionlessLif}); nothing here converts units.
 * Pitfall: a step switched on at t = start is already on at the first step that starts there.
 */
public final class Currents {

    private Currents() {
    }

    /**
     * A constant current, I(t) = amplitude.
     *
     * @param amplitude the current, finite
     * @return I(t)
     * @throws IllegalArgumentException if amplitude is NaN or infinite
     */
    public static DoubleUnaryOperator constant(double amplitude) {
        SpikeArgs.finite("constant", "amplitude", amplitude);
        return t -> amplitude;
    }

    /**
     * A step (rectangular pulse): I(t) = amplitude for start ≤ t &lt; end, 0 otherwise.
     *
     * @param startMs   when the current switches on, ms
     * @param endMs     when it switches off, ms, ≥ start (infinite for "stays on")
     * @param amplitude the current while on, finite
     * @return I(t)
     * @throws IllegalArgumentException if start is not finite, end &lt; start or amplitude is not finite
     */
    public static DoubleUnaryOperator step(double startMs, double endMs, double amplitude) {
        requireInterval("step", startMs, endMs);
        SpikeArgs.finite("step", "amplitude", amplitude);
        return t -> t >= startMs && t < endMs ? amplitude : 0.0;
    }

    /**
     * A ramp: I(t) = amplitude·(t − start)/(end − start) for start ≤ t &lt; end, 0 otherwise — rising
     * linearly from 0 to the amplitude, then off.
     *
     * @param startMs   when the ramp starts, ms, finite
     * @param endMs     when it ends, ms, finite, &gt; start
     * @param amplitude the current reached at the end, finite
     * @return I(t)
     * @throws IllegalArgumentException if end ≤ start or a value is not finite
     */
    public static DoubleUnaryOperator ramp(double startMs, double endMs, double amplitude) {
        requireInterval("ramp", startMs, endMs);
        SpikeArgs.finite("ramp", "endMs", endMs);
        if (!(endMs > startMs)) {
            throw new IllegalArgumentException("ramp: endMs expected > startMs = " + startMs + ", got " + endMs);
        }
        SpikeArgs.finite("ramp", "amplitude", amplitude);
        double slope = amplitude / (endMs - startMs);
        return t -> t >= startMs && t < endMs ? slope * (t - startMs) : 0.0;
    }

    /**
     * A sinusoid around an offset: I(t) = offset + amplitude·sin(2π·f·t/1000), f in Hz and t in ms.
     *
     * @param offset      the mean current, finite
     * @param amplitude   the amplitude, finite
     * @param frequencyHz the frequency, Hz, ≥ 0 and finite
     * @return I(t)
     * @throws IllegalArgumentException if a value is not finite or the frequency is negative
     */
    public static DoubleUnaryOperator sinusoid(double offset, double amplitude, double frequencyHz) {
        SpikeArgs.finite("sinusoid", "offset", offset);
        SpikeArgs.finite("sinusoid", "amplitude", amplitude);
        SpikeArgs.nonNegative("sinusoid", "frequencyHz", frequencyHz);
        double omega = 2 * Math.PI * frequencyHz / 1000.0;
        return t -> offset + amplitude * Math.sin(omega * t);
    }

    /**
     * A noisy current, piecewise constant: I(t) = mean + std·ξₖ for k·Δ ≤ t &lt; (k + 1)·Δ, with ξₖ independent
     * standard normals drawn from {@code new Rng(seed)} for k = 0 … ⌈duration/Δ⌉ − 1, and I(t) = mean outside
     * [0, duration). Same seed, same current.
     *
     * @param mean       the mean current, finite
     * @param std        the standard deviation, ≥ 0 and finite
     * @param sampleMs   Δ, how long each random value holds, ms, &gt; 0
     * @param durationMs how long the noise lasts, ms, &gt; 0
     * @param seed       the seed
     * @return I(t)
     * @throws IllegalArgumentException if a value is out of range or there would be more than 10⁸ samples
     */
    public static DoubleUnaryOperator noisy(double mean, double std, double sampleMs, double durationMs, long seed) {
        SpikeArgs.finite("noisy", "mean", mean);
        SpikeArgs.nonNegative("noisy", "std", std);
        SpikeArgs.positive("noisy", "sampleMs", sampleMs);
        if (!(durationMs > 0) || Double.isInfinite(durationMs) || durationMs / sampleMs > 1e8) {
            throw new IllegalArgumentException("noisy: durationMs expected > 0 and at most 1e8·sampleMs, got "
                    + durationMs);
        }
        Rng rng = new Rng(seed);
        double[] values = new double[(int) Math.ceil(durationMs / sampleMs)];
        for (int k = 0; k < values.length; k++) {
            values[k] = mean + std * rng.normal();
        }
        return t -> {
            if (!(t >= 0) || t >= durationMs) {
                return mean;
            }
            return values[Math.min(values.length - 1, (int) (t / sampleMs))];
        };
    }

    private static void requireInterval(String method, double startMs, double endMs) {
        SpikeArgs.finite(method, "startMs", startMs);
        if (!(endMs >= startMs)) {
            throw new IllegalArgumentException(method + ": endMs expected >= startMs = " + startMs + ", got " + endMs);
        }
    }
}

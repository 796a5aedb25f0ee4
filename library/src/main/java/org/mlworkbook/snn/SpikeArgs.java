package org.mlworkbook.snn;

/**
 * The argument checks of the snn package (neurons, spike trains, coding, networks), with the workbook's message shape
 * {@code "<method>: <argument> expected <what>, got <actual>"}; each throws {@link IllegalArgumentException}.
 */
final class SpikeArgs {

    private SpikeArgs() {
    }

    /** A finite value &gt; 0 (time constants, durations, time steps). */
    static double positive(String method, String argument, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a finite value > 0, got " + value);
        }
        return value;
    }

    /** A finite value ≥ 0 (rates, amplitudes, refractory periods). */
    static double nonNegative(String method, String argument, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a finite value >= 0, got " + value);
        }
        return value;
    }

    /**
     * A firing threshold θ that a LIF neuron can reach from rest and from reset: finite and above both.
     *
     * @throws IllegalArgumentException if θ is infinite or not above V₀ and V_reset
     */
    static double thresholdAbove(String method, String argument, double threshold, double restMv, double resetMv) {
        if (!(threshold > Math.max(restMv, resetMv)) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException(String.format(
                    "%s: %s expected finite and > restMv = %s and resetMv = %s, got %s",
                    method, argument, restMv, resetMv, threshold));
        }
        return threshold;
    }

    /** A finite value. */
    static double finite(String method, String argument, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a finite value, got " + value);
        }
        return value;
    }

    /** A count ≥ 1. */
    static int atLeastOne(String method, String argument, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(method + ": " + argument + " expected >= 1, got " + value);
        }
        return value;
    }

    /** A non-null array of finite values (possibly empty). */
    static double[] finiteValues(String method, String argument, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected an array, got null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at index %d",
                        method, argument, values[i], i));
            }
        }
        return values;
    }
}

package org.mlworkbook.snn;

/**
 * The argument checks of the spike-train, coding and network classes, with the workbook's message shape
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

package org.mlworkbook.plot;

import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The argument checks of the chart classes, with the workbook's message shape
 * {@code "<method>: <argument> expected <what>, got <actual>"}. Each check throws
 * {@link IllegalArgumentException} and returns normally only if the argument is fine.
 */
final class Arguments {

    private Arguments() {
    }

    /** The title is a string, possibly empty (no title). */
    static void requireTitle(String method, String title) {
        if (title == null) {
            throw new IllegalArgumentException(method + ": title expected a string (empty for none), got null");
        }
    }

    /** The name is neither null nor blank. */
    static void requireName(String method, String argument, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(String.format("%s: %s expected non-blank names, got %s",
                    method, argument, name == null ? "null" : "\"" + name + "\""));
        }
    }

    /** At least one name, each non-blank, no name twice. */
    static void requireDistinctNames(String method, String argument, String[] names) {
        requireDistinctNames(method, argument, names == null ? null : Arrays.asList(names), "an empty array");
    }

    /** At least one name, each non-blank, no name twice. */
    static void requireDistinctNames(String method, String argument, List<String> names) {
        requireDistinctNames(method, argument, names, "an empty list");
    }

    private static void requireDistinctNames(String method, String argument, List<String> names, String empty) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException(String.format("%s: %s expected at least one name, got %s",
                    method, argument, names == null ? "null" : empty));
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            requireName(method, argument, name);
            if (!seen.add(name)) {
                throw new IllegalArgumentException(String.format("%s: %s expected distinct names, got \"%s\" twice",
                        method, argument, name));
            }
        }
    }

    /** Non-null, not empty, every value finite. */
    static void requireValues(String method, String argument, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(String.format("%s: %s expected at least one value, got %s",
                    method, argument, values == null ? "null" : "an empty array"));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at index %d",
                        method, argument, values[i], i));
            }
        }
    }

    /** {@link #requireValues}, and every value in [0, 1] (rates, probabilities). */
    static void requireUnitInterval(String method, String argument, double[] values) {
        requireValues(method, argument, values);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > 1) {
                throw new IllegalArgumentException(String.format("%s: %s expected values in [0, 1], got %s at index %d",
                        method, argument, values[i], i));
            }
        }
    }

    /** A single number in [0, 1]. */
    static void requireUnitInterval(String method, String argument, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(String.format("%s: %s expected a value in [0, 1], got %s",
                    method, argument, value));
        }
    }

    /**
     * {@code values} (an array) has {@code length} elements, as many as the already checked argument
     * {@code reference}; a {@code double[]} must also hold finite values.
     */
    static void requireSameLength(String method, String reference, int length, String argument, Object values) {
        if (values == null || Array.getLength(values) != length) {
            throw new IllegalArgumentException(String.format("%s: %s and %s expected the same length, got %s [%d] "
                    + "and %s %s", method, reference, argument, reference, length, argument,
                    values == null ? "null" : "[" + Array.getLength(values) + "]"));
        }
        if (values instanceof double[]) {
            requireValues(method, argument, (double[]) values);
        }
    }
}

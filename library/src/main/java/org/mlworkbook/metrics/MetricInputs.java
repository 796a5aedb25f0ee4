package org.mlworkbook.metrics;

/**
 * Argument checks shared by the metrics, so every metric rejects bad input with the same message shape
 * {@code "<method>: <argument> expected <what>, got <actual>"} before doing any work.
 */
final class MetricInputs {

    private MetricInputs() {
    }

    /** Checks that two arrays have the same, non-zero length. */
    static void requireSameLength(String method, String nameA, int lengthA, String nameB, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(String.format("%s: %s and %s expected the same length, got %s [%d] and %s [%d]",
                    method, nameA, nameB, nameA, lengthA, nameB, lengthB));
        }
        if (lengthA == 0) {
            throw new IllegalArgumentException(String.format("%s: %s and %s expected at least one element, got empty arrays",
                    method, nameA, nameB));
        }
    }

    /** Checks that every label is ≥ 0 and returns the largest one. */
    static int maxLabel(String method, String name, int[] labels) {
        int max = 0;
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i];
            if (label < 0) {
                throw new IllegalArgumentException(String.format("%s: %s expected labels >= 0, got %d at index %d",
                        method, name, label, i));
            }
            if (label > max) max = label;
        }
        return max;
    }

    /** Checks that every label is in 0..numClasses−1. */
    static void requireLabelsBelow(String method, String name, int[] labels, int numClasses) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException(String.format("%s: %s expected labels in 0..%d, got %d at index %d",
                        method, name, numClasses - 1, labels[i], i));
            }
        }
    }

    /** Checks that every value is finite (no NaN, no ±∞). */
    static void requireFinite(String method, String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at index %d",
                        method, name, values[i], i));
            }
        }
    }

    /** Checks that every label is 0 or 1 (a binary problem, 1 the positive class). */
    static void requireBinary(String method, String name, int[] labels) {
        requireLabelsBelow(method, name, labels, 2);
    }
}

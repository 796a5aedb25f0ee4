package org.mlworkbook.data;

import org.mlworkbook.tensor.Tensor;

/** Argument checks shared by the data package; every message has the shape "method: argument expected …, got …". */
final class Validation {

    private Validation() {
    }

    /** @throws IllegalArgumentException if x is not 2-D with at least one row, or holds NaN or ±∞ */
    static void requireMatrix(String method, String argument, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a 2-D tensor, got null");
        }
        if (x.rank() != 2 || x.rows() == 0) {
            throw new IllegalArgumentException(method + ": " + argument
                    + " expected a 2-D tensor with at least one row, got " + x.shapeString());
        }
        requireFinite(method, argument, x);
    }

    /** @throws IllegalArgumentException if x holds NaN or ±∞ (names the first such element's position) */
    static void requireFinite(String method, String argument, Tensor x) {
        double[] data = x.data();
        int cols = x.rank() == 2 ? x.cols() : 1;
        for (int i = 0; i < x.size(); i++) {
            if (!Double.isFinite(data[i])) {
                String where = x.rank() == 2 ? "row " + i / cols + ", column " + i % cols : "index " + i;
                throw new IllegalArgumentException(method + ": " + argument + " expected finite values, got "
                        + data[i] + " at " + where);
            }
        }
    }

    /** @throws IllegalArgumentException if values holds NaN or ±∞ */
    static void requireFinite(String method, String argument, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(method + ": " + argument + " expected finite values, got "
                        + values[i] + " at index " + i);
            }
        }
    }

    /** @throws IllegalArgumentException if length ≠ expected */
    static void requireLength(String method, String argument, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(String.format("%s: %s expected length %d (one per row), got %d",
                    method, argument, expected, length));
        }
    }

    /** @throws IllegalArgumentException if labels is null, empty or holds a negative value */
    static void requireLabels(String method, int[] labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException(method + ": labels expected at least one label, got none");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException(method + ": labels expected values >= 0, got " + labels[i]
                        + " at index " + i);
            }
        }
    }
}

package org.mlworkbook.neighbors;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/** Argument checks of the neighbours package; every message has the shape "method: argument expected …, got …". */
final class Inputs {

    private Inputs() {
    }

    /** {@link #requireMatrix}, and x has {@code cols} columns, as {@code reference} says (e.g. "as at fit"). */
    static void requireColumns(String method, String argument, Tensor x, int cols, String reference) {
        ModelInputs.requireMatrix(method, argument, x);
        if (x.cols() != cols) {
            throw new IllegalArgumentException(String.format("%s: %s expected %d columns, %s, got %s",
                    method, argument, cols, reference, x.shapeString()));
        }
    }

    /** @throws IllegalArgumentException if length ≠ the number of rows of x */
    static void requireRows(String method, Tensor x, String argument, int length) {
        if (length != x.rows()) {
            throw new IllegalArgumentException(String.format("%s: x and %s expected the same number of rows, got x %s and %s [%d]",
                    method, argument, x.shapeString(), argument, length));
        }
    }

    /** @throws IllegalArgumentException if k is not in 1 … n */
    static void requireK(String method, int k, int n) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException(String.format("%s: k expected in 1 … n = %d training rows, got k = %d",
                    method, n, k));
        }
    }
}

package org.mlworkbook.ensemble;

import org.mlworkbook.tensor.Tensor;

/** Argument checks of the ensemble package; every message has the shape "method: argument expected …, got …". */
final class Inputs {

    private Inputs() {
    }

    /** @throws IllegalArgumentException if x is null, not 2-D, has no rows or columns, or holds NaN or ±∞ */
    static void requireMatrix(String method, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": x expected a 2-D tensor, got null");
        }
        if (x.rank() != 2 || x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException(method
                    + ": x expected a 2-D tensor with at least one row and one column, got " + x.shapeString());
        }
        double[] data = x.data();
        int cols = x.cols();
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(String.format(
                        "%s: x expected finite values, got %s at row %d, column %d", method, data[i], i / cols, i % cols));
            }
        }
    }

    /**
     * The checks of {@link #requireMatrix} plus the column count seen at fit.
     *
     * @throws IllegalArgumentException naming both column counts if x does not have {@code fittedColumns} columns
     */
    static void requireColumns(String method, Tensor x, int fittedColumns) {
        requireMatrix(method, x);
        if (x.cols() != fittedColumns) {
            throw new IllegalArgumentException(String.format(
                    "%s: x expected %d columns (as at fit), got %d columns in x %s",
                    method, fittedColumns, x.cols(), x.shapeString()));
        }
    }

    /**
     * Checks x as {@link #requireMatrix} and one label ≥ 0 per row.
     *
     * @return the number of classes K = max(y) + 1
     * @throws IllegalArgumentException on a bad x, a null y, a length other than x's rows or a negative label
     */
    static int requireLabels(String method, Tensor x, int[] y) {
        requireMatrix(method, x);
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException(String.format(
                    "%s: x and y expected the same number of rows, got x %s and y %s",
                    method, x.shapeString(), y == null ? "null" : "[" + y.length + "]"));
        }
        int max = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0) {
                throw new IllegalArgumentException(String.format("%s: y expected labels >= 0, got %d at index %d",
                        method, y[i], i));
            }
            max = Math.max(max, y[i]);
        }
        return max + 1;
    }

    /** @throws IllegalArgumentException on a bad x, a null y, a length other than x's rows or a non-finite target */
    static void requireTargets(String method, Tensor x, double[] y) {
        requireMatrix(method, x);
        if (y == null || y.length != x.rows()) {
            throw new IllegalArgumentException(String.format(
                    "%s: x and y expected the same number of rows, got x %s and y %s",
                    method, x.shapeString(), y == null ? "null" : "[" + y.length + "]"));
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(String.format("%s: y expected finite targets, got %s at index %d",
                        method, y[i], i));
            }
        }
    }

    /** @throws IllegalArgumentException unless value ≥ 1 */
    static int requireAtLeastOne(String method, String argument, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(method + ": " + argument + " expected >= 1, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless value is finite and &gt; 0 */
    static double requirePositive(String method, String argument, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected finite > 0, got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException unless value ∈ (0, 1) */
    static double requireFraction(String method, String argument, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected in (0, 1), got " + value);
        }
        return value;
    }

    /** @throws IllegalArgumentException if the argument is null */
    static <T> T requireNonNull(String method, String argument, T value) {
        if (value == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a value, got null");
        }
        return value;
    }

    /**
     * The learned state of a model, or an error if it has not been fitted.
     *
     * @throws IllegalStateException if state is null: the method was called before fit
     */
    static <T> T requireFitted(String method, T state) {
        if (state == null) {
            throw new IllegalStateException(method + ": called before fit(x, y)");
        }
        return state;
    }
}

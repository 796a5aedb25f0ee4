package org.mlworkbook.linear;

import org.mlworkbook.tensor.Tensor;

/**
 * Argument checks shared by the linear models; every message has the shape "method: argument expected …, got …".
 */
final class Inputs {

    private Inputs() {
    }

    /** @throws IllegalArgumentException if x is null, not 2-D, has no rows or columns, or holds NaN or ±∞ */
    static void requireMatrix(String method, String argument, Tensor x) {
        if (x == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a 2-D tensor, got null");
        }
        if (x.rank() != 2 || x.rows() == 0 || x.cols() == 0) {
            throw new IllegalArgumentException(method + ": " + argument
                    + " expected a 2-D tensor with at least one row and one column, got " + x.shapeString());
        }
        double[] data = x.data();
        int cols = x.cols();
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at row %d, column %d",
                        method, argument, data[i], i / cols, i % cols));
            }
        }
    }

    /**
     * The checks of {@link #requireMatrix} plus the column count a fitted model was trained on.
     *
     * @throws IllegalArgumentException naming both column counts if x does not have {@code fittedColumns} columns
     */
    static void requireColumns(String method, Tensor x, int fittedColumns) {
        requireMatrix(method, "x", x);
        if (x.cols() != fittedColumns) {
            throw new IllegalArgumentException(String.format(
                    "%s: x expected %d columns (as at fit), got %d columns in x %s",
                    method, fittedColumns, x.cols(), x.shapeString()));
        }
    }

    /**
     * Checks x as {@link #requireMatrix} and n labels ≥ 0, one per row of x.
     *
     * @return the number of classes k = max(y) + 1
     * @throws IllegalArgumentException on a bad x, a null y, a length other than x's rows or a negative label
     */
    static int requireLabels(String method, Tensor x, int[] y) {
        requireMatrix(method, "x", x);
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

    /**
     * Checks x and y as {@link #requireLabels} and that y holds at least two different classes: with one class
     * there is no boundary to learn.
     *
     * @return the number of classes k = max(y) + 1
     * @throws IllegalArgumentException as {@link #requireLabels}, or if every label is the same
     */
    static int requireTwoClasses(String method, Tensor x, int[] y) {
        int numClasses = requireLabels(method, x, y);
        for (int label : y) {
            if (label != y[0]) {
                return numClasses;
            }
        }
        throw new IllegalArgumentException(String.format(
                "%s: y expected at least two different classes, got only class %d in all %d labels",
                method, y[0], y.length));
    }

    /**
     * Checks x and y as {@link #requireTwoClasses} and that every label is 0 or 1.
     *
     * @throws IllegalArgumentException as {@link #requireTwoClasses}, or on a label other than 0 and 1
     */
    static void requireBinaryLabels(String method, Tensor x, int[] y) {
        requireTwoClasses(method, x, y);
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 1) {
                throw new IllegalArgumentException(String.format(
                        "%s: y expected binary labels 0 or 1, got %d at index %d (for more classes use SoftmaxRegression)",
                        method, y[i], i));
            }
        }
    }

    /** @throws IllegalArgumentException unless value is finite and > 0 */
    static void requirePositive(String method, String argument, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected finite > 0, got " + value);
        }
    }

    /** @throws IllegalArgumentException unless value is finite and ≥ 0 */
    static void requireNonNegative(String method, String argument, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected finite >= 0, got " + value);
        }
    }

    /** @throws IllegalArgumentException unless value ≥ 1 */
    static void requireAtLeastOne(String method, String argument, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(method + ": " + argument + " expected >= 1, got " + value);
        }
    }

    /**
     * The learned state of a model, or an error if it has not been fitted.
     *
     * @param method the method called, for the message
     * @param state  the state fit sets (null before)
     * @return state
     * @throws IllegalStateException if state is null: the method was called before fit
     */
    static <T> T requireFitted(String method, T state) {
        if (state == null) {
            throw new IllegalStateException(method + ": called before fit(x, y)");
        }
        return state;
    }
}

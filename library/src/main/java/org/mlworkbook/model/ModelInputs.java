package org.mlworkbook.model;

import java.util.Arrays;
import org.mlworkbook.tensor.Tensor;

/**
 * The argument checks every model shares, so that all of them fail the same way: {@link IllegalArgumentException}
 * with a message of the shape "method: argument expected …, got …" for bad input, and
 * {@link IllegalStateException} "method: called before fit(x, y)" for a model used before it learned anything.
 */
public final class ModelInputs {

    private ModelInputs() {
    }

    /**
     * @param method   the method checking, for the message
     * @param argument the argument's name, e.g. "x"
     * @param x        the matrix
     * @throws IllegalArgumentException if x is null, not 2-D, has no rows or columns, or holds NaN or ±∞
     */
    public static void requireMatrix(String method, String argument, Tensor x) {
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
     * The checks of {@link #requireMatrix} on x plus the column count the model was fitted on.
     *
     * @throws IllegalArgumentException naming both column counts if x does not have {@code fittedColumns} columns
     */
    public static void requireColumns(String method, Tensor x, int fittedColumns) {
        requireMatrix(method, "x", x);
        if (x.cols() != fittedColumns) {
            throw new IllegalArgumentException(String.format(
                    "%s: x expected %d columns (as at fit), got %d columns in x %s",
                    method, fittedColumns, x.cols(), x.shapeString()));
        }
    }

    /**
     * Checks x as {@link #requireMatrix} and one label ≥ 0 per row of x.
     *
     * @return the number of classes k = max(y) + 1
     * @throws IllegalArgumentException on a bad x, a null y, a length other than x's rows or a negative label
     */
    public static int requireLabels(String method, Tensor x, int[] y) {
        requireMatrix(method, "x", x);
        requireOnePerRow(method, x, "y", y == null ? -1 : y.length);
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
     * Checks x as {@link #requireMatrix} and one finite target per row of x.
     *
     * @throws IllegalArgumentException on a bad x, a null y, a length other than x's rows or a NaN/±∞ target
     */
    public static void requireTargets(String method, Tensor x, double[] y) {
        requireMatrix(method, "x", x);
        requireOnePerRow(method, x, "y", y == null ? -1 : y.length);
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(String.format("%s: y expected finite targets, got %s at index %d",
                        method, y[i], i));
            }
        }
    }

    /**
     * Sample weights wᵢ, one per row of x: finite, ≥ 0 and not all 0; null means wᵢ = 1 for every row.
     *
     * @return the weights given (not copied), or a new array of ones
     * @throws IllegalArgumentException on the wrong length, a negative or non-finite weight, or all weights 0
     */
    public static double[] requireSampleWeights(String method, Tensor x, double[] weights) {
        if (weights == null) {
            double[] ones = new double[x.rows()];
            Arrays.fill(ones, 1.0);
            return ones;
        }
        requireOnePerRow(method, x, "sampleWeights", weights.length);
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException(String.format(
                        "%s: sampleWeights expected finite values >= 0, got %s at index %d", method, weights[i], i));
            }
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(method + ": sampleWeights expected a positive total, got all 0");
        }
        return weights;
    }

    /** @throws IllegalArgumentException if length (−1 for null) is not the number of rows of x */
    private static void requireOnePerRow(String method, Tensor x, String argument, int length) {
        if (length != x.rows()) {
            throw new IllegalArgumentException(String.format(
                    "%s: x and %s expected the same number of rows, got x %s and %s %s",
                    method, argument, x.shapeString(), argument, length < 0 ? "null" : "[" + length + "]"));
        }
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value &lt; 1
     */
    public static int requireAtLeastOne(String method, String argument, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(method + ": " + argument + " expected >= 1, got " + value);
        }
        return value;
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value is not finite and &gt; 0
     */
    public static double requirePositive(String method, String argument, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected finite > 0, got " + value);
        }
        return value;
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value is not finite and ≥ 0
     */
    public static double requireNonNegative(String method, String argument, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected finite >= 0, got " + value);
        }
        return value;
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value is not in (0, 1)
     */
    public static double requireFraction(String method, String argument, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(method + ": " + argument + " expected in (0, 1), got " + value);
        }
        return value;
    }

    /**
     * @return value
     * @throws IllegalArgumentException if value is null
     */
    public static <T> T requireNonNull(String method, String argument, T value) {
        if (value == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected a value, got null");
        }
        return value;
    }

    /**
     * The learned state of a model, or an error if it has not been fitted.
     *
     * @param method the method called, for the message
     * @param state  what fit sets (null before)
     * @return state
     * @throws IllegalStateException if state is null: the method was called before fit
     */
    public static <T> T requireFitted(String method, T state) {
        if (state == null) {
            throw new IllegalStateException(method + ": called before fit(x, y)");
        }
        return state;
    }
}

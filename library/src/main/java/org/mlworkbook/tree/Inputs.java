package org.mlworkbook.tree;

import org.mlworkbook.tensor.Tensor;

/**
 * Argument checks shared by the trees; every message has the shape "method: argument expected …, got …".
 */
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

    /** @throws IllegalArgumentException if x is not a finite matrix with {@code fittedColumns} columns */
    static void requireColumns(String method, Tensor x, int fittedColumns) {
        requireMatrix(method, x);
        if (x.cols() != fittedColumns) {
            throw new IllegalArgumentException(String.format(
                    "%s: x expected %d columns (as at fit), got %d columns in x %s",
                    method, fittedColumns, x.cols(), x.shapeString()));
        }
    }

    /** @throws IllegalArgumentException unless there are as many values as x has rows */
    static void requireRows(String method, String argument, Tensor x, int length, boolean isNull) {
        if (isNull || length != x.rows()) {
            throw new IllegalArgumentException(String.format("%s: %s expected one value per row of x %s, got %s",
                    method, argument, x.shapeString(), isNull ? "null" : "[" + length + "]"));
        }
    }

    /**
     * Checks sample weights: one per row of x, finite, ≥ 0, not all 0. Null means every row weighs 1.
     *
     * @return the weights to use: weights itself (read only), or all ones for null
     */
    static double[] sampleWeights(String method, Tensor x, double[] weights) {
        if (weights == null) {
            double[] ones = new double[x.rows()];
            java.util.Arrays.fill(ones, 1.0);
            return ones;
        }
        requireRows(method, "sampleWeights", x, weights.length, false);
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

    /**
     * The learned tree, or an error if the model has not been fitted.
     *
     * @throws IllegalStateException if tree is null: the method was called before fit
     */
    static FittedTree requireFitted(String method, FittedTree tree) {
        if (tree == null) {
            throw new IllegalStateException(method + ": called before fit(x, y)");
        }
        return tree;
    }
}

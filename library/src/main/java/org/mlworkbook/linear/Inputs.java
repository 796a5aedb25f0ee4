package org.mlworkbook.linear;

import org.mlworkbook.model.ModelInputs;
import org.mlworkbook.tensor.Tensor;

/**
 * The label checks only the linear classifiers need; the checks every model shares are in {@link ModelInputs}.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * Checks x and y as {@link ModelInputs#requireLabels} and that y holds at least two different classes: with one class
     * there is no boundary to learn.
     *
     * @return the number of classes k = max(y) + 1
     * @throws IllegalArgumentException as {@link ModelInputs#requireLabels}, or if every label is the same
     */
    static int requireTwoClasses(String method, Tensor x, int[] y) {
        int numClasses = ModelInputs.requireLabels(method, x, y);
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
}

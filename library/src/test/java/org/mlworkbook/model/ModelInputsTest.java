package org.mlworkbook.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class ModelInputsTest {

    private static final Tensor X = Tensor.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});

    private static String message(Class<? extends RuntimeException> type, Runnable call) {
        return assertThrows(type, call::run).getMessage();
    }

    @Test
    void aMatrixMustBeTwoDimensionalNonEmptyAndFinite() {
        assertEquals("fit: x expected a 2-D tensor, got null",
                message(IllegalArgumentException.class, () -> ModelInputs.requireMatrix("fit", "x", null)));
        assertEquals("fit: x expected a 2-D tensor with at least one row and one column, got [3]",
                message(IllegalArgumentException.class, () -> ModelInputs.requireMatrix("fit", "x", Tensor.of(1, 2, 3))));
        assertEquals("fit: x expected finite values, got NaN at row 1, column 0", message(IllegalArgumentException.class,
                () -> ModelInputs.requireMatrix("fit", "x", Tensor.of(new double[][] {{1, 2}, {Double.NaN, 4}}))));
    }

    @Test
    void columnsMustMatchTheFitNamingBothCounts() {
        assertEquals("predict: x expected 3 columns (as at fit), got 2 columns in x [3, 2]",
                message(IllegalArgumentException.class, () -> ModelInputs.requireColumns("predict", X, 3)));
    }

    @Test
    void labelsGiveTheNumberOfClassesAndMustMatchTheRows() {
        assertEquals(4, ModelInputs.requireLabels("fit", X, new int[] {0, 3, 1}));
        assertEquals("fit: x and y expected the same number of rows, got x [3, 2] and y [2]",
                message(IllegalArgumentException.class, () -> ModelInputs.requireLabels("fit", X, new int[] {0, 1})));
        assertEquals("fit: x and y expected the same number of rows, got x [3, 2] and y null",
                message(IllegalArgumentException.class, () -> ModelInputs.requireLabels("fit", X, null)));
        assertEquals("fit: y expected labels >= 0, got -1 at index 2",
                message(IllegalArgumentException.class, () -> ModelInputs.requireLabels("fit", X, new int[] {0, 1, -1})));
    }

    @Test
    void targetsMustBeFinite() {
        assertEquals("fit: y expected finite targets, got Infinity at index 1", message(IllegalArgumentException.class,
                () -> ModelInputs.requireTargets("fit", X, new double[] {0, Double.POSITIVE_INFINITY, 1})));
    }

    @Test
    void sampleWeightsDefaultToOnesAndMustBeNonNegativeWithAPositiveTotal() {
        assertArrayEquals(new double[] {1, 1, 1}, ModelInputs.requireSampleWeights("fit", X, null));
        double[] weights = {0, 2, 0.5};
        assertSame(weights, ModelInputs.requireSampleWeights("fit", X, weights));
        assertEquals("fit: sampleWeights expected finite values >= 0, got -1.0 at index 0", message(IllegalArgumentException.class,
                () -> ModelInputs.requireSampleWeights("fit", X, new double[] {-1, 1, 1})));
        assertEquals("fit: sampleWeights expected a positive total, got all 0", message(IllegalArgumentException.class,
                () -> ModelInputs.requireSampleWeights("fit", X, new double[3])));
    }

    @Test
    void settingsAndTheFittedStateAreChecked() {
        assertEquals("fit: numEstimators expected >= 1, got 0",
                message(IllegalArgumentException.class, () -> ModelInputs.requireAtLeastOne("fit", "numEstimators", 0)));
        assertEquals("fit: learningRate expected finite > 0, got NaN",
                message(IllegalArgumentException.class, () -> ModelInputs.requirePositive("fit", "learningRate", Double.NaN)));
        assertEquals("fit: holdout expected in (0, 1), got 1.0",
                message(IllegalArgumentException.class, () -> ModelInputs.requireFraction("fit", "holdout", 1.0)));
        assertEquals("predict: called before fit(x, y)",
                message(IllegalStateException.class, () -> ModelInputs.requireFitted("predict", null)));
        assertEquals("state", ModelInputs.requireFitted("predict", "state"));
    }
}

package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegressionTest {

    private static final double TOLERANCE = 1e-12;
    // errors e = y − ŷ = 0.5, −0.5, 0, −1
    private static final double[] Y_TRUE = {3, -0.5, 2, 7};
    private static final double[] Y_PRED = {2.5, 0.0, 2, 8};

    @Test
    void mseIsTheMeanSquaredError() {
        assertEquals((0.25 + 0.25 + 0 + 1) / 4, Regression.mse(Y_TRUE, Y_PRED), TOLERANCE);
    }

    @Test
    void maeIsTheMeanAbsoluteError() {
        assertEquals((0.5 + 0.5 + 0 + 1) / 4, Regression.mae(Y_TRUE, Y_PRED), TOLERANCE);
    }

    @Test
    void rmseIsTheRootOfMse() {
        assertEquals(Math.sqrt(0.375), Regression.rmse(Y_TRUE, Y_PRED), TOLERANCE);
    }

    @Test
    void r2ComparesTheResidualsWithThoseOfTheMean() {
        // ȳ = 2.875, Σ(y − ȳ)² = 0.125² + 3.375² + 0.875² + 4.125² = 29.1875, Σe² = 1.5
        assertEquals(1 - 1.5 / 29.1875, Regression.r2(Y_TRUE, Y_PRED), TOLERANCE);
    }

    @Test
    void r2IsZeroForTheMeanOneWhenPerfectAndNegativeWhenWorse() {
        assertEquals(0, Regression.r2(new double[] {1, 2, 3}, new double[] {2, 2, 2}), TOLERANCE);
        assertEquals(1, Regression.r2(Y_TRUE, Y_TRUE), TOLERANCE);
        assertEquals(-3, Regression.r2(new double[] {1, 3}, new double[] {3, 1}), TOLERANCE);  // Σe² = 8, Σ(y − ȳ)² = 2
    }

    @Test
    void r2OfAConstantTargetIsOneIfExactElseZero() {
        assertEquals(1, Regression.r2(new double[] {2, 2, 2}, new double[] {2, 2, 2}), TOLERANCE);
        assertEquals(0, Regression.r2(new double[] {2, 2, 2}, new double[] {2, 2, 3}), TOLERANCE);
    }

    @Test
    void huberIsHalfTheSquaredErrorWithinDelta() {
        assertEquals((0.125 + 0.125 + 0 + 0.5) / 4, Regression.huber(Y_TRUE, Y_PRED, 1), TOLERANCE);
    }

    @Test
    void huberIsLinearBeyondDelta() {
        // δ = 0.5: |e| = 0.5 → ½·0.25 = 0.125 (the boundary is quadratic); |e| = 1 → 0.5·(1 − 0.25) = 0.375
        assertEquals((0.125 + 0.125 + 0 + 0.375) / 4, Regression.huber(Y_TRUE, Y_PRED, 0.5), TOLERANCE);
    }

    @Test
    void anOutlierMovesMseFarMoreThanMae() {
        double[] yTrue = {0, 0, 0, 0};
        double[] yPred = {1, 1, 1, 10};
        assertEquals(103.0 / 4, Regression.mse(yTrue, yPred), TOLERANCE);
        assertEquals(13.0 / 4, Regression.mae(yTrue, yPred), TOLERANCE);
    }

    @Test
    void nanIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Regression.mse(new double[] {1, Double.NaN}, new double[] {1, 2}));
        assertEquals("mse: yTrue expected finite values, got NaN at index 1", e.getMessage());
    }

    @Test
    void infinityIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Regression.r2(new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY, 2}));
        assertEquals("r2: yPred expected finite values, got Infinity at index 0", e.getMessage());
    }

    @Test
    void mismatchedLengthsAreRejectedNamingBothLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> Regression.mae(new double[2], new double[3]));
        assertEquals("mae: yTrue and yPred expected the same length, got yTrue [2] and yPred [3]", e.getMessage());
    }

    @Test
    void emptyArraysAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Regression.rmse(new double[0], new double[0]));
        assertEquals("rmse: yTrue and yPred expected at least one element, got empty arrays", e.getMessage());
    }

    @Test
    void nonPositiveDeltaIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Regression.huber(Y_TRUE, Y_PRED, 0));
        assertEquals("huber: delta expected finite and > 0, got 0.0", e.getMessage());
    }
}

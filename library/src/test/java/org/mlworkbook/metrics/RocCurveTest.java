package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RocCurveTest {

    private static final double TOLERANCE = 1e-12;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void curveStepsThroughEveryDistinctScoreFromZeroZero() {
        // sklearn's example: P = N = 2. Thresholds 0.8 (one positive), 0.4 (+ a negative), 0.35 (+ a positive), 0.1
        RocCurve roc = RocCurve.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8});
        assertArrayEquals(new double[] {INF, 0.8, 0.4, 0.35, 0.1}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 0.5, 0.5, 1}, roc.fpr(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, roc.tpr(), TOLERANCE);
        // area: a 0.5-wide column at TPR 0.5 plus a 0.5-wide column at TPR 1
        assertEquals(0.75, roc.auc(), TOLERANCE);
    }

    @Test
    void tiedScoresAreOneThresholdAndOneDiagonalStep() {
        // a positive and a negative both score 0.5: the curve goes from (0, 0.5) straight to (0.5, 1)
        RocCurve roc = RocCurve.of(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9});
        assertArrayEquals(new double[] {INF, 0.9, 0.5, 0.2}, roc.thresholds());
        assertArrayEquals(new double[] {0, 0, 0.5, 1}, roc.fpr(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, roc.tpr(), TOLERANCE);
        // trapezoids 0.5·(0.5 + 1)/2 + 0.5·1 = 0.875 = P(positive > negative) with the tie counted ½: 3.5 / 4
        assertEquals(0.875, roc.auc(), TOLERANCE);
    }

    @Test
    void curveDoesNotDependOnTheOrderOfTiedSamples() {
        RocCurve a = RocCurve.of(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9});
        RocCurve b = RocCurve.of(new int[] {1, 0, 1, 0}, new double[] {0.5, 0.5, 0.9, 0.2});
        assertEquals(a, b);
    }

    @Test
    void allScoresEqualGiveTheChanceDiagonal() {
        RocCurve roc = RocCurve.of(new int[] {0, 1, 1, 0, 1}, new double[] {3, 3, 3, 3, 3});
        assertArrayEquals(new double[] {0, 1}, roc.fpr(), TOLERANCE);
        assertEquals(0.5, roc.auc(), TOLERANCE);
    }

    @Test
    void perfectScoresHaveAucOneAndReversedScoresAucZero() {
        int[] yTrue = {0, 0, 1, 1, 1};
        double[] scores = {0.1, 0.2, 0.7, 0.8, 0.9};
        assertEquals(1, RocCurve.of(yTrue, scores).auc(), TOLERANCE);
        double[] reversed = {0.9, 0.8, 0.3, 0.2, 0.1};
        assertEquals(0, RocCurve.of(yTrue, reversed).auc(), TOLERANCE);
    }

    @Test
    void yTrueWithOnlyOneClassIsRejectedBecauseAucIsUndefined() {
        var e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {1, 1}, new double[] {0.2, 0.4}));
        assertEquals("RocCurve.of: yTrue expected both classes 0 and 1, got only class 1 (2 samples): the ROC curve and AUC are undefined",
                e.getMessage());
    }

    @Test
    void nanScoresAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.2, Double.NaN}));
        assertEquals("RocCurve.of: scores expected finite values, got NaN at index 1", e.getMessage());
    }

    @Test
    void labelsOtherThanZeroAndOneAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 2}, new double[] {0.2, 0.3}));
        assertEquals("RocCurve.of: yTrue expected labels in 0..1, got 2 at index 1", e.getMessage());
    }

    @Test
    void mismatchedLengthsAreRejectedNamingBothLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new int[] {0, 1}, new double[] {0.2}));
        assertEquals("RocCurve.of: yTrue and scores expected the same length, got yTrue [2] and scores [1]", e.getMessage());
    }

    @Test
    void arraysAreCopiedOut() {
        RocCurve roc = RocCurve.of(new int[] {0, 1}, new double[] {0.2, 0.4});
        roc.tpr()[1] = 99;
        assertEquals(1, roc.tpr()[1], TOLERANCE);
        assertEquals("RocCurve[points=3, auc=1.0000]", roc.toString());
    }
}

package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrecisionRecallCurveTest {

    private static final double TOLERANCE = 1e-12;
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void curveStartsAtRecallZeroPrecisionOneAndStepsThroughEveryScore() {
        // thresholds 0.8, 0.4, 0.35, 0.1 select TP 1, 1, 2, 2 and FP 0, 1, 1, 2 (P = 2 positives)
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8});
        assertArrayEquals(new double[] {INF, 0.8, 0.4, 0.35, 0.1}, pr.thresholds());
        assertArrayEquals(new double[] {1, 1, 0.5, 2.0 / 3, 0.5}, pr.precision(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0.5, 0.5, 1, 1}, pr.recall(), TOLERANCE);
    }

    @Test
    void averagePrecisionSumsRecallStepsTimesPrecisionWithoutInterpolation() {
        // AP = (0.5 − 0)·1 + 0·0.5 + (1 − 0.5)·2/3 + 0·0.5 = 5/6, sklearn's average_precision_score 0.83
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8});
        assertEquals(5.0 / 6, pr.averagePrecision(), TOLERANCE);
    }

    @Test
    void tiedScoresAreOneThreshold() {
        // 0.5 is shared by a positive and a negative: one point with TP 2, FP 1
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(new int[] {0, 1, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9});
        assertArrayEquals(new double[] {1, 1, 2.0 / 3, 0.5}, pr.precision(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0.5, 1, 1}, pr.recall(), TOLERANCE);
        assertEquals(0.5 * 1 + 0.5 * 2.0 / 3, pr.averagePrecision(), TOLERANCE);
    }

    @Test
    void perfectScoresHaveAveragePrecisionOne() {
        assertEquals(1, PrecisionRecallCurve.of(new int[] {0, 1, 1}, new double[] {0.1, 0.8, 0.9}).averagePrecision(), TOLERANCE);
    }

    @Test
    void onlyPositivesGivePrecisionOneEverywhere() {
        PrecisionRecallCurve pr = PrecisionRecallCurve.of(new int[] {1, 1}, new double[] {0.3, 0.6});
        assertArrayEquals(new double[] {1, 1, 1}, pr.precision(), TOLERANCE);
        assertEquals(1, pr.averagePrecision(), TOLERANCE);
    }

    @Test
    void yTrueWithoutPositivesIsRejectedBecauseRecallIsUndefined() {
        var e = assertThrows(IllegalArgumentException.class, () -> PrecisionRecallCurve.of(new int[] {0, 0}, new double[] {0.3, 0.6}));
        assertEquals("PrecisionRecallCurve.of: yTrue expected at least one positive (1), got only 0s (2 samples): recall is undefined",
                e.getMessage());
    }

    @Test
    void infiniteScoresAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecallCurve.of(new int[] {0, 1}, new double[] {Double.NEGATIVE_INFINITY, 0.6}));
        assertEquals("PrecisionRecallCurve.of: scores expected finite values, got -Infinity at index 0", e.getMessage());
    }
}

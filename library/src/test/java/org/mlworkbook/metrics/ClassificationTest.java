package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassificationTest {

    private static final double TOLERANCE = 1e-12;

    // Three classes, class 2 never predicted. Confusion matrix (rows true, columns predicted):
    //   [2 0 0]   class 0: TP 2, FP 2, FN 0 → P 1/2, R 1,   F1 2/3
    //   [1 1 0]   class 1: TP 1, FP 1, FN 1 → P 1/2, R 1/2, F1 1/2
    //   [1 1 0]   class 2: TP 0, FP 0, FN 2 → P 0 (no predictions: zero_division = 0), R 0, F1 0
    private static final int[] THREE_TRUE = {0, 0, 1, 1, 2, 2};
    private static final int[] THREE_PRED = {0, 0, 0, 1, 0, 1};

    // Binary: TP 3, FN 1, FP 2, TN 4. Class 1: P = 3/5, R = 3/4; class 0: P = 4/5, R = 4/6; supports 6 and 4.
    private static final int[] BINARY_TRUE = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    private static final int[] BINARY_PRED = {1, 1, 1, 0, 1, 1, 0, 0, 0, 0};

    @Test
    void accuracyIsTheFractionOfCorrectPredictions() {
        assertEquals(0.5, Classification.accuracy(THREE_TRUE, THREE_PRED), TOLERANCE);
        assertEquals(0.7, Classification.accuracy(BINARY_TRUE, BINARY_PRED), TOLERANCE);
    }

    @Test
    void perClassPrecisionIsZeroForAClassNeverPredicted() {
        assertArrayEquals(new double[] {0.5, 0.5, 0}, Classification.precisionPerClass(THREE_TRUE, THREE_PRED), TOLERANCE);
    }

    @Test
    void perClassRecallAndF1MatchTheHandCounts() {
        assertArrayEquals(new double[] {1, 0.5, 0}, Classification.recallPerClass(THREE_TRUE, THREE_PRED), TOLERANCE);
        assertArrayEquals(new double[] {2.0 / 3, 0.5, 0}, Classification.f1PerClass(THREE_TRUE, THREE_PRED), TOLERANCE);
    }

    @Test
    void macroAveragesArePlainMeansOverTheClasses() {
        assertEquals(1.0 / 3, Classification.precision(THREE_TRUE, THREE_PRED, Average.MACRO), TOLERANCE);
        assertEquals(0.5, Classification.recall(THREE_TRUE, THREE_PRED, Average.MACRO), TOLERANCE);
        assertEquals((2.0 / 3 + 0.5) / 3, Classification.f1(THREE_TRUE, THREE_PRED, Average.MACRO), TOLERANCE);
    }

    @Test
    void macroAverageSkipsLabelsAbsentFromBothArrays() {
        // labels 0 and 2 only: class 1 is in neither array and must not pull the mean down
        int[] yTrue = {0, 0, 2, 2};
        int[] yPred = {0, 2, 2, 2};  // class 0: P 1, R 1/2; class 2: P 2/3, R 1
        assertEquals((1 + 2.0 / 3) / 2, Classification.precision(yTrue, yPred, Average.MACRO), TOLERANCE);
        assertEquals(0.75, Classification.recall(yTrue, yPred, Average.MACRO), TOLERANCE);
    }

    @Test
    void weightedAveragesWeighEachClassByItsSupport() {
        assertEquals((6 * 0.8 + 4 * 0.6) / 10, Classification.precision(BINARY_TRUE, BINARY_PRED, Average.WEIGHTED), TOLERANCE);
        // weighted recall is always the accuracy
        assertEquals(0.7, Classification.recall(BINARY_TRUE, BINARY_PRED, Average.WEIGHTED), TOLERANCE);
        // F1 of class 0 = 2·4 / (2·4 + 2 + 1) = 8/11, of class 1 = 2·3 / (2·3 + 1 + 2) = 2/3
        assertEquals((6 * 8.0 / 11 + 4 * 2.0 / 3) / 10, Classification.f1(BINARY_TRUE, BINARY_PRED, Average.WEIGHTED), TOLERANCE);
    }

    @Test
    void microAveragesEqualAccuracyForSingleLabelData() {
        assertEquals(0.5, Classification.precision(THREE_TRUE, THREE_PRED, Average.MICRO), TOLERANCE);
        assertEquals(0.5, Classification.recall(THREE_TRUE, THREE_PRED, Average.MICRO), TOLERANCE);
        assertEquals(0.5, Classification.f1(THREE_TRUE, THREE_PRED, Average.MICRO), TOLERANCE);
    }

    @Test
    void binaryMetricsAreThoseOfClassOne() {
        assertEquals(0.6, Classification.precision(BINARY_TRUE, BINARY_PRED, Average.BINARY), TOLERANCE);
        assertEquals(0.75, Classification.recall(BINARY_TRUE, BINARY_PRED, Average.BINARY), TOLERANCE);
        assertEquals(2.0 / 3, Classification.f1(BINARY_TRUE, BINARY_PRED, Average.BINARY), TOLERANCE);
    }

    @Test
    void fBetaWeighsRecallBetaTimesAsMuchAsPrecision() {
        // F2 = 5·TP / (5·TP + 4·FN + FP) = 15 / 21;  F½ = 1.25·3 / (1.25·3 + 0.25·1 + 2) = 3.75 / 6
        assertEquals(15.0 / 21, Classification.fBeta(BINARY_TRUE, BINARY_PRED, 2, Average.BINARY), TOLERANCE);
        assertEquals(0.625, Classification.fBeta(BINARY_TRUE, BINARY_PRED, 0.5, Average.BINARY), TOLERANCE);
        assertEquals(Classification.f1(BINARY_TRUE, BINARY_PRED, Average.MACRO),
                Classification.fBeta(BINARY_TRUE, BINARY_PRED, 1, Average.MACRO), TOLERANCE);
    }

    @Test
    void fBetaWithBetaZeroIsPrecision() {
        assertArrayEquals(Classification.precisionPerClass(THREE_TRUE, THREE_PRED),
                Classification.fBetaPerClass(THREE_TRUE, THREE_PRED, 0), TOLERANCE);
    }

    @Test
    void perfectPredictionsScoreOneEverywhere() {
        int[] y = {0, 1, 2, 2, 1, 0};
        for (Average average : new Average[] {Average.MACRO, Average.WEIGHTED, Average.MICRO}) {
            assertEquals(1, Classification.precision(y, y, average), TOLERANCE, average.name());
            assertEquals(1, Classification.recall(y, y, average), TOLERANCE, average.name());
            assertEquals(1, Classification.f1(y, y, average), TOLERANCE, average.name());
        }
        assertEquals(1, Classification.accuracy(y, y), TOLERANCE);
    }

    @Test
    void entirelyWrongBinaryPredictionsScoreZero() {
        int[] yTrue = {0, 1, 1, 0};
        int[] yPred = {1, 0, 0, 1};
        assertEquals(0, Classification.accuracy(yTrue, yPred), TOLERANCE);
        assertEquals(0, Classification.precision(yTrue, yPred, Average.BINARY), TOLERANCE);
        assertEquals(0, Classification.f1(yTrue, yPred, Average.MACRO), TOLERANCE);
    }

    @Test
    void allOneClassGivesPrecisionZeroForTheMissingPositives() {
        int[] allZero = {0, 0, 0};
        // no 1 in either array: TP = FP = FN = 0, every ratio 0/0 → 0
        assertEquals(0, Classification.precision(allZero, allZero, Average.BINARY), TOLERANCE);
        assertEquals(0, Classification.recall(allZero, allZero, Average.BINARY), TOLERANCE);
        assertEquals(1, Classification.f1(allZero, allZero, Average.MACRO), TOLERANCE);
    }

    @Test
    void binaryAverageRejectsALabelOtherThanZeroOrOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.f1(THREE_TRUE, THREE_PRED, Average.BINARY));
        assertEquals("f1: yTrue expected labels in 0..1, got 2 at index 4", e.getMessage());
    }

    @Test
    void mismatchedLengthsAreRejectedNamingBothLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.accuracy(new int[3], new int[2]));
        assertEquals("accuracy: yTrue and yPred expected the same length, got yTrue [3] and yPred [2]", e.getMessage());
    }

    @Test
    void emptyArraysAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.precision(new int[0], new int[0], Average.MACRO));
        assertTrue(e.getMessage().startsWith("precision: yTrue and yPred expected at least one element"), e.getMessage());
    }

    @Test
    void negativeLabelsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.recallPerClass(new int[] {0, 1}, new int[] {0, -1}));
        assertEquals("ConfusionMatrix.of: yPred expected labels >= 0, got -1 at index 1", e.getMessage());
    }

    @Test
    void negativeBetaIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.fBeta(BINARY_TRUE, BINARY_PRED, -1, Average.BINARY));
        assertEquals("fBeta: beta expected finite and >= 0, got -1.0", e.getMessage());
    }

    @Test
    void nullAverageIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Classification.f1(BINARY_TRUE, BINARY_PRED, null));
        assertTrue(e.getMessage().startsWith("f1: average expected one of"), e.getMessage());
    }
}

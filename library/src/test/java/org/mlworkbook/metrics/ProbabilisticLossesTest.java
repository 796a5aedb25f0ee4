package org.mlworkbook.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class ProbabilisticLossesTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void logLossIsTheMeanNegativeLogProbabilityOfTheTrueLabel() {
        // p(true label) = 0.9, 1 − 0.2 = 0.8, 0.6
        double expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.6)) / 3;  // 0.27977...
        assertEquals(expected, ProbabilisticLosses.logLoss(new int[] {1, 0, 1}, new double[] {0.9, 0.2, 0.6}), TOLERANCE);
    }

    @Test
    void logLossOfAConfidentWrongAnswerIsClippedToMinusLogEpsilon() {
        assertEquals(-Math.log(1e-15), ProbabilisticLosses.logLoss(new int[] {1}, new double[] {0}), 1e-9);  // 34.54, not ∞
    }

    @Test
    void logLossClipsTheProbabilityOfOneBeforeTakingOneMinusIt() {
        double clipped = 1 - 1e-15;  // in double 1 − 1.11e-15, so 1 − clipped is not exactly ε
        assertEquals(-Math.log(1 - clipped), ProbabilisticLosses.logLoss(new int[] {0}, new double[] {1}), 1e-12);  // 34.5396
    }

    @Test
    void logLossOfAnUninformedHalfIsLogTwo() {
        assertEquals(Math.log(2), ProbabilisticLosses.logLoss(new int[] {0, 1, 1}, new double[] {0.5, 0.5, 0.5}), TOLERANCE);
    }

    @Test
    void logLossRejectsAProbabilityAboveOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.logLoss(new int[] {0, 1}, new double[] {0.2, 1.5}));
        assertEquals("logLoss: probabilityOfOne expected values in [0, 1], got 1.5 at index 1", e.getMessage());
    }

    @Test
    void logLossRejectsNaN() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.logLoss(new int[] {0}, new double[] {Double.NaN}));
        assertEquals("logLoss: probabilityOfOne expected values in [0, 1], got NaN at index 0", e.getMessage());
    }

    @Test
    void crossEntropyPicksTheProbabilityOfTheTrueClassInEachRow() {
        Tensor p = Tensor.of(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}});
        assertEquals(-(Math.log(0.7) + Math.log(0.6)) / 2, ProbabilisticLosses.crossEntropy(new int[] {0, 2}, p), TOLERANCE);
    }

    @Test
    void crossEntropyWithTwoClassesIsTheLogLoss() {
        Tensor p = Tensor.of(new double[][] {{0.1, 0.9}, {0.8, 0.2}, {0.4, 0.6}});
        int[] yTrue = {1, 0, 1};
        assertEquals(ProbabilisticLosses.logLoss(yTrue, new double[] {0.9, 0.2, 0.6}), ProbabilisticLosses.crossEntropy(yTrue, p), TOLERANCE);
    }

    @Test
    void crossEntropyRejectsRowsThatDoNotSumToOne() {
        Tensor p = Tensor.of(new double[][] {{0.5, 0.5}, {0.5, 0.6}});
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.crossEntropy(new int[] {0, 1}, p));
        assertEquals("crossEntropy: probabilities expected rows summing to 1 (± 1.0E-6), got 1.1 in row 1", e.getMessage());
    }

    @Test
    void crossEntropyRejectsMismatchedRowsNamingBothShapes() {
        Tensor p = Tensor.of(new double[][] {{0.5, 0.5}});
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.crossEntropy(new int[] {0, 1}, p));
        assertEquals("crossEntropy: yTrue and probabilities expected the same number (>= 1) of rows, got yTrue [2] and probabilities [1, 2]",
                e.getMessage());
    }

    @Test
    void crossEntropyRejectsALabelWithoutAColumn() {
        Tensor p = Tensor.of(new double[][] {{0.5, 0.5}});
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.crossEntropy(new int[] {2}, p));
        assertEquals("crossEntropy: yTrue expected labels in 0..1, got 2 at index 0", e.getMessage());
    }

    @Test
    void crossEntropyRejectsAVector() {
        var e = assertThrows(IllegalArgumentException.class, () -> ProbabilisticLosses.crossEntropy(new int[] {0}, Tensor.of(1.0)));
        assertEquals("crossEntropy: probabilities expected an n×K matrix, got shape [1]", e.getMessage());
    }
}

package org.mlworkbook.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.mlworkbook.metrics.ProbabilisticLosses;
import org.mlworkbook.tensor.Tensor;
import org.junit.jupiter.api.Test;

class LogisticFunctionsTest {

    @Test
    void sigmoidOfZeroIsOneHalfAndOfNotesNeuronIs0_99973() {
        assertEquals(0.5, LogisticFunctions.sigmoid(0), 0);
        // notes 000: Sigmoid(0.1·2 + 0.8·10/2 + 1·4) = Sigmoid(8.2) ≈ 0.99
        assertEquals(0.9997254218438986, LogisticFunctions.sigmoid(8.2), 1e-15);
        assertEquals(1 - 0.9997254218438986, LogisticFunctions.sigmoid(-8.2), 1e-15);
    }

    @Test
    void sigmoidOfHugeScoresIsZeroOrOneNotNaN() {
        assertEquals(0.0, LogisticFunctions.sigmoid(-800), 0);
        assertEquals(1.0, LogisticFunctions.sigmoid(800), 0);
        assertEquals(Math.exp(-700), LogisticFunctions.sigmoid(-700), 1e-310);
    }

    @Test
    void sigmoidTensorAppliesElementWise() {
        Tensor p = LogisticFunctions.sigmoid(Tensor.of(-1, 0, 1));
        assertEquals(1 / (1 + Math.E), p.get(0), 1e-15);
        assertEquals(0.5, p.get(1), 0);
        assertEquals(1 / (1 + 1 / Math.E), p.get(2), 1e-15);
    }

    @Test
    void softmaxOfNotesExampleGivesMostMassToSevenPointSeven() {
        Tensor p = LogisticFunctions.softmax(Tensor.of(1.3, 5.1, 2.2, 0.7, 7.7));
        double[] expected = {1.53714991e-03, 6.87124216e-02, 3.78077869e-03, 8.43605755e-04, 9.25126044e-01};
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], p.get(k), 1e-10);
        }
        assertEquals(1.0, p.sum(), 1e-15);
    }

    @Test
    void softmaxOfLargeLogitsDoesNotOverflow() {
        Tensor p = LogisticFunctions.softmax(Tensor.of(new double[][] {{1000, 1000}, {0, 1000}}));
        assertEquals(0.5, p.get(0, 0), 1e-15);
        assertEquals(0.0, p.get(1, 0), 0);
        assertEquals(1.0, p.get(1, 1), 0);
    }

    @Test
    void softmaxInPlaceReturnsLogSumExp() {
        double[] row = {0, 9, 1.3, 5.1, 2.2, 0.7, 7.7, 9};
        double logSumExp = LogisticFunctions.softmaxInPlace(row, 2, 5);
        assertEquals(7.777825286912143, logSumExp, 1e-12);
        assertEquals(9.0, row[0] + row[1], 0);  // outside the row: untouched
        assertEquals(9.0, row[7], 0);
        assertEquals(9.25126044e-01, row[6], 1e-9);
    }

    @Test
    void crossEntropyFromLogitsEqualsMinusLogOfSoftmax() {
        Tensor z = Tensor.of(1.3, 5.1, 2.2, 0.7, 7.7);
        assertEquals(-Math.log(6.87124216e-02), LogisticFunctions.crossEntropyFromLogits(z, 1), 1e-8);
        assertThrows(IllegalArgumentException.class, () -> LogisticFunctions.crossEntropyFromLogits(z, 5));
    }

    @Test
    void logLossFromLogitMatchesMetricsLogLossOnProbabilities() {
        double[] z = {-3, -0.5, 0, 2, 4};
        int[] y = {0, 1, 1, 0, 1};
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = LogisticFunctions.sigmoid(z[i]);
            sum += LogisticFunctions.logLossFromLogit(z[i], y[i]);
        }
        assertEquals(ProbabilisticLosses.logLoss(y, p), sum / z.length, 1e-12);
    }

    @Test
    void logLossFromLogitStaysExactWhereProbabilityRoundsToOne() {
        // σ(40) rounds to 1.0, so −log(1 − σ) would be ∞; the exact loss is softplus(40) ≈ 40
        assertEquals(40 + Math.exp(-40), LogisticFunctions.logLossFromLogit(40, 0), 1e-12);
        assertEquals(Math.exp(-40), LogisticFunctions.logLossFromLogit(40, 1), 1e-30);
    }

    @Test
    void softmaxRejectsAThreeDimensionalTensor() {
        var e = assertThrows(IllegalArgumentException.class, () -> LogisticFunctions.softmax(Tensor.zeros(2, 2, 2)));
        assertTrue(e.getMessage().contains("[2, 2, 2]"), e.getMessage());
    }
}

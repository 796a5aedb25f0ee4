package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.autodiff.GradientCheck;
import org.mlworkbook.autodiff.Var;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Dropout and BatchNorm1d in training and evaluation mode. */
class RegularisationLayersTest {

    @Test
    void dropoutIsTheIdentityInEvalMode() {
        Dropout d = new Dropout(0.5, new Rng(0));
        d.eval();
        Var x = Var.constant(Tensor.of(1, 2, 3));
        assertSame(x, d.forward(x));
    }

    @Test
    void dropoutKeepsTheExpectationInTrainMode() {
        int n = 200_000;
        double p = 0.3;
        Var y = new Dropout(p, new Rng(1)).forward(Var.constant(Tensor.ones(n)));
        int kept = 0;
        for (double v : y.value().data()) {
            assertTrue(v == 0 || Math.abs(v - 1 / (1 - p)) < 1e-12, "element " + v);
            kept += v == 0 ? 0 : 1;
        }
        // E[y] = 1; the mean of n scaled Bernoulli(1 − p) has std √(p(1 − p)/n)/(1 − p) ≈ 0.0015: allow 5 std
        double std = Math.sqrt(p * (1 - p) / n) / (1 - p);
        assertEquals(1.0, y.value().mean(), 5 * std);
        assertTrue(kept > 0 && kept < n);
    }

    @Test
    void dropoutWithTheSameSeedDrawsTheSameMasks() {
        Tensor x = Tensor.ones(50);
        assertEquals(new Dropout(0.5, new Rng(3)).forward(Var.constant(x)).value(),
                new Dropout(0.5, new Rng(3)).forward(Var.constant(x)).value());
    }

    @Test
    void dropoutRejectsRatesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1.0, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(Double.NaN, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(0.5, null));
    }

    /** x with column means (2, −1) and biased variances (2/3·…): columns {1, 2, 3} and {−1, −3, 1}. */
    private static final double[][] X = {{1, -1}, {2, -3}, {3, 1}};

    @Test
    void batchNormTrainsOnBatchStatisticsAndUpdatesTheRunningOnesAsPyTorch() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Var y = bn.forward(Var.constant(Tensor.of(X)));
        // column 0: mean 2, biased variance 2/3 → y = (x − 2)/√(2/3 + 1e-5)
        double s0 = Math.sqrt(2.0 / 3 + 1e-5);
        assertEquals((1 - 2) / s0, y.value().get(0, 0), 1e-12);
        assertEquals((3 - 2) / s0, y.value().get(2, 0), 1e-12);
        // column 1: mean −1, biased variance 8/3
        assertEquals((-3 + 1) / Math.sqrt(8.0 / 3 + 1e-5), y.value().get(1, 1), 1e-12);
        // running = 0.9·initial + 0.1·batch, variance unbiased (n/(n − 1) = 3/2): 1, 4
        assertArrayEquals(new double[] {0.2, -0.1}, bn.runningMean().data(), 1e-12);
        assertArrayEquals(new double[] {0.9 + 0.1 * 1, 0.9 + 0.1 * 4}, bn.runningVariance().data(), 1e-12);
    }

    @Test
    void batchNormEvaluatesWithTheRunningStatistics() {
        BatchNorm1d bn = new BatchNorm1d(2);
        bn.forward(Var.constant(Tensor.of(X)));
        bn.weight().value().data()[0] = 2;
        bn.bias().value().data()[1] = 0.5;
        bn.eval();
        Tensor before = bn.runningMean().copy();
        Var y = bn.forward(Var.constant(Tensor.of(new double[][] {{1.2, 0.4}})));
        assertEquals(2 * (1.2 - 0.2) / Math.sqrt(1.0 + 1e-5), y.value().get(0, 0), 1e-12);
        assertEquals((0.4 + 0.1) / Math.sqrt(1.3 + 1e-5) + 0.5, y.value().get(0, 1), 1e-12);
        assertEquals(before, bn.runningMean()); // evaluation does not move the statistics
    }

    @Test
    void batchNormGradientsPassTheCheckInBothModes() {
        Tensor x = Tensor.randomNormal(new Rng(4), 1, 2, 5, 3);
        BatchNorm1d train = new BatchNorm1d(3);
        // the whole output (weighted by GradientCheck): Σ y² alone would be constant, its gradient zero
        assertTrue(GradientCheck.relativeError(v -> train.forward(v[0]), x) < 1e-6);
        BatchNorm1d eval = new BatchNorm1d(3);
        eval.eval();
        assertTrue(GradientCheck.relativeError(v -> eval.forward(v[0]).pow(3).mean(), x) < 1e-6);
    }

    @Test
    void batchNormRejectsWrongWidthsAndSingleRowsInTraining() {
        BatchNorm1d bn = new BatchNorm1d(2);
        IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
                () -> bn.forward(Var.constant(Tensor.zeros(4, 3))));
        assertTrue(wide.getMessage().contains("[4, 3]") && wide.getMessage().contains("[n, 2]"), wide.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bn.forward(Var.constant(Tensor.zeros(1, 2))));
        assertThrows(IllegalArgumentException.class, () -> new BatchNorm1d(0));
        assertThrows(IllegalArgumentException.class, () -> new BatchNorm1d(2, 0, 1e-5));
        assertEquals(java.util.List.of("weight", "bias", "running_mean", "running_var"),
                java.util.List.copyOf(bn.state().keySet()));
    }
}

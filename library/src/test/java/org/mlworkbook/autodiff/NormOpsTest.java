package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Dropout and batch norm: hand-computed values, statistics and gradient checks. */
class NormOpsTest {

    private static final double TOLERANCE = 1e-6;

    private final Rng rng = new Rng(5);

    private static void check(Function<Var[], Var> f, Tensor... inputs) {
        double error = GradientCheck.relativeError(f, inputs);
        assertTrue(error < TOLERANCE, "relative error " + error);
    }

    @Test
    void dropoutRateZeroIsTheIdentity() {
        Var x = Var.of(Tensor.of(1, 2, 3));
        assertSame(x, x.dropout(0, new Rng(1)));
    }

    @Test
    void dropoutKeepsEachElementScaledOrZeroAndTheExpectation() {
        double p = 0.3;
        int n = 100_000;
        Var x = Var.of(Tensor.full(2.0, n));
        Var y = x.dropout(p, new Rng(9));
        double[] ys = y.value().data();
        double kept = 0;
        for (double v : ys) {
            assertTrue(v == 0 || v == 2.0 / (1 - p), "element " + v);
            kept += v == 0 ? 0 : 1;
        }
        // the mean of y is 2/(1 − p)·K/n with K ~ Binomial(n, 1 − p): std 2/(1 − p)·√(p(1 − p)/n) ≈ 0.0055
        double std = 2.0 / (1 - p) * Math.sqrt(p * (1 - p) / n);
        assertEquals(2.0, y.value().mean(), 5 * std);
        y.sum().backward();
        for (int i = 0; i < n; i++) {
            assertEquals(ys[i] == 0 ? 0 : 1 / (1 - p), x.grad().data()[i], 1e-15);
        }
        assertEquals((1 - p) * n, kept, 5 * Math.sqrt(n * p * (1 - p)));
    }

    @Test
    void dropoutWithTheSameSeedGivesTheSameMask() {
        Tensor x = Tensor.randomNormal(rng, 0, 1, 20, 5);
        Tensor a = Var.of(x).dropout(0.5, new Rng(3)).value();
        Tensor b = Var.of(x).dropout(0.5, new Rng(3)).value();
        Tensor c = Var.of(x).dropout(0.5, new Rng(4)).value();
        assertEquals(a, b);
        assertTrue(!a.equals(c));
        check(v -> v[0].dropout(0.4, new Rng(3)), x);
        assertThrows(IllegalArgumentException.class, () -> Var.of(x).dropout(1.0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Var.of(x).dropout(-0.1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> Var.of(x).dropout(0.5, null));
    }

    @Test
    void batchNormTrainStandardisesColumnsAndReturnsTheBatchStatistics() {
        Var x = Var.of(Tensor.of(new double[][] {{1, 2}, {3, 6}, {5, 10}}));
        BatchNorm.Result r = BatchNorm.train(x, Var.of(Tensor.of(1, 1)), Var.of(Tensor.of(0, 0)), 1e-5);
        assertArrayEquals(new double[] {3, 6}, r.mean().toArray(), 1e-15);
        assertArrayEquals(new double[] {8.0 / 3, 32.0 / 3}, r.variance().toArray(), 1e-14); // biased: /n
        Tensor y = r.output().value();
        assertArrayEquals(new double[] {0, 0}, y.mean(0).toArray(), 1e-15);
        assertArrayEquals(new double[] {1, 1}, y.pow(2).mean(0).toArray(), 1e-5); // σ²/(σ² + ε)
        assertEquals(-2 / Math.sqrt(8.0 / 3 + 1e-5), y.get(0, 0), 1e-15);
        Var scaled = BatchNorm.train(x, Var.of(Tensor.of(2, 0.5)), Var.of(Tensor.of(3, -1)), 1e-5).output();
        assertArrayEquals(new double[] {3, -1}, scaled.value().mean(0).toArray(), 1e-14);
        assertEquals(2 * y.get(2, 0) + 3, scaled.value().get(2, 0), 1e-14);
    }

    @Test
    void batchNormEvaluateUsesTheGivenStatistics() {
        Var x = Var.of(Tensor.of(new double[][] {{1, 2}, {3, 6}}));
        Var y = BatchNorm.evaluate(x, Var.of(Tensor.of(2, 1)), Var.of(Tensor.of(0, 1)), Tensor.of(1, 2),
                Tensor.of(4, 16), 1e-12);
        // γ(x − μ)/σ + β: column 0 (x − 1)/2·2, column 1 (x − 2)/4 + 1
        assertArrayEquals(new double[] {0, 1, 2, 2}, y.value().toArray(), 1e-9);
    }

    @Test
    void batchNormPassesTheGradientCheckInBothModes() {
        Tensor x = Tensor.randomNormal(rng, 1, 2, 6, 3);
        Tensor gamma = Tensor.randomUniform(rng, 0.5, 1.5, 3);
        Tensor beta = Tensor.randomNormal(rng, 0, 1, 3);
        check(v -> BatchNorm.train(v[0], v[1], v[2], 1e-5).output(), x, gamma, beta);
        check(v -> BatchNorm.train(v[0], v[1], v[2], 1e-5).output().tanh().sum(), x, gamma, beta);
        check(v -> BatchNorm.evaluate(v[0], v[1], v[2], Tensor.of(0.5, -1, 2), Tensor.of(1, 4, 0.25), 1e-5),
                x, gamma, beta);
    }

    @Test
    void batchNormRejectsBadShapesNamingThem() {
        Var x = Var.of(Tensor.zeros(4, 3));
        Var three = Var.of(Tensor.ones(3));
        String gamma = assertThrows(IllegalArgumentException.class,
                () -> BatchNorm.train(x, Var.of(Tensor.ones(2)), three, 1e-5)).getMessage();
        assertEquals("BatchNorm.train: gamma expected shape [3] (one per column of x), got [2]", gamma);
        assertThrows(IllegalArgumentException.class, () -> BatchNorm.train(Var.of(Tensor.zeros(1, 3)), three, three, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> BatchNorm.train(Var.of(Tensor.zeros(12)), three, three, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> BatchNorm.train(x, three, three, 0));
        assertThrows(IllegalArgumentException.class,
                () -> BatchNorm.evaluate(x, three, three, Tensor.zeros(4), Tensor.ones(3), 1e-5));
    }
}

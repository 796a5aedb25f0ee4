package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class LossesTest {

    private static final double TOLERANCE = 1e-6;

    private final Rng rng = new Rng(11);

    private static void check(Function<Var[], Var> f, Tensor... inputs) {
        double error = GradientCheck.relativeError(f, inputs);
        assertTrue(error < TOLERANCE, "relative error " + error);
    }

    private static double loss(Var l) {
        assertEquals(0, l.value().rank(), "a loss is rank 0");
        return l.item();
    }

    @Test
    void mseAndMaeAreMeansOverAllElements() {
        Tensor t = Tensor.of(1, 1, 1);
        Var p = Var.of(Tensor.of(1, 2, 3));
        Var mse = Losses.mse(p, t);
        assertEquals(5.0 / 3, loss(mse), 1e-15); // (0 + 1 + 4)/3
        mse.backward();
        assertArrayEquals(new double[] {0, 2.0 / 3, 4.0 / 3}, p.grad().toArray(), 1e-15); // 2(p − t)/3
        Var q = Var.of(Tensor.of(1, 2, -1));
        Var mae = Losses.mae(q, t);
        assertEquals(1.0, loss(mae), 1e-15); // (0 + 1 + 2)/3
        mae.backward();
        assertArrayEquals(new double[] {0, 1.0 / 3, -1.0 / 3}, q.grad().toArray(), 1e-15);
    }

    @Test
    void huberIsQuadraticInsideDeltaAndLinearOutside() {
        Var p = Var.of(Tensor.of(0.5, -3));
        Var l = Losses.huber(p, Tensor.of(0, 0), 1.0);
        assertEquals((0.125 + 2.5) / 2, loss(l), 1e-15); // ½·0.5² and 1·(3 − ½)
        l.backward();
        assertArrayEquals(new double[] {0.25, -0.5}, p.grad().toArray(), 1e-15); // r/N and δ sign(r)/N
    }

    @Test
    void binaryCrossEntropyAtKnownPoints() {
        assertEquals(Math.log(2), loss(Losses.binaryCrossEntropy(Var.of(Tensor.of(0.5)), Tensor.of(1))), 1e-15);
        Var p = Var.of(Tensor.of(0.9, 0.9));
        Var l = Losses.binaryCrossEntropy(p, Tensor.of(1, 0));
        assertEquals((-Math.log(0.9) - Math.log(0.1)) / 2, loss(l), 1e-12);
        l.backward();
        assertArrayEquals(new double[] {-1 / 0.9 / 2, 1 / 0.1 / 2}, p.grad().toArray(), 1e-9);
        double clipped = loss(Losses.binaryCrossEntropy(Var.of(Tensor.of(0.0)), Tensor.of(1)));
        assertEquals(-Math.log(1e-12), clipped, 1e-9); // finite: p clipped to 1e-12
    }

    @Test
    void binaryCrossEntropyWithLogitsIsStableAndMatchesTheProbabilityForm() {
        assertEquals(Math.log(2), loss(Losses.binaryCrossEntropyWithLogits(Var.of(Tensor.of(0.0)), Tensor.of(1))),
                1e-15);
        assertEquals(Math.log1p(Math.exp(-2)),
                loss(Losses.binaryCrossEntropyWithLogits(Var.of(Tensor.of(2.0)), Tensor.of(1))), 1e-15);
        assertEquals(1000.0,
                loss(Losses.binaryCrossEntropyWithLogits(Var.of(Tensor.of(-1000.0)), Tensor.of(1))), 1e-12);
        Tensor z = Tensor.of(-1.5, 0.3, 2.2);
        Tensor t = Tensor.of(1, 0, 1);
        Var fromLogits = Losses.binaryCrossEntropyWithLogits(Var.of(z), t);
        Var fromProbabilities = Losses.binaryCrossEntropy(Var.of(z).sigmoid(), t);
        assertEquals(loss(fromProbabilities), loss(fromLogits), 1e-12);
        Var logits = Var.of(Tensor.of(0.0));
        Losses.binaryCrossEntropyWithLogits(logits, Tensor.of(1)).backward();
        assertEquals(-0.5, logits.grad().item(), 1e-15); // σ(0) − 1
    }

    @Test
    void softmaxCrossEntropyWithLabelsEqualsOneHotTargets() {
        Tensor z = Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 0}});
        double expected = (Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3 + Math.log(3)) / 2;
        Var a = Var.of(z.copy());
        Var la = Losses.softmaxCrossEntropy(a, new int[] {2, 0});
        assertEquals(expected, loss(la), 1e-15);
        Var b = Var.of(z.copy());
        Var lb = Losses.softmaxCrossEntropy(b, Tensor.of(new double[][] {{0, 0, 1}, {1, 0, 0}}));
        assertEquals(expected, loss(lb), 1e-15);
        la.backward();
        lb.backward();
        assertArrayEquals(a.grad().toArray(), b.grad().toArray(), 1e-15);
        // (softmax − y)/n for the second row: (1/3 − 1, 1/3, 1/3)/2
        assertArrayEquals(new double[] {-1.0 / 3, 1.0 / 6, 1.0 / 6}, a.grad().row(1).toArray(), 1e-15);
        double huge = loss(Losses.softmaxCrossEntropy(Var.of(Tensor.of(new double[][] {{1000, 0}})), new int[] {1}));
        assertEquals(1000.0, huge, 1e-9); // no overflow
    }

    @Test
    void everyLossPassesTheGradientCheck() {
        Tensor target = Tensor.randomNormal(rng, 0, 1, 4, 3);
        Tensor zeroOne = Tensor.of(new double[][] {{0, 1, 1}, {1, 0, 0}, {1, 1, 0}, {0, 0, 1}});
        Tensor soft = Tensor.of(new double[][] {{0.2, 0.5, 0.3}, {1, 0, 0}, {0, 0.5, 0.5}, {0.1, 0.1, 0.8}});
        check(v -> Losses.mse(v[0], target), Tensor.randomNormal(rng, 0, 1, 4, 3));
        check(v -> Losses.mae(v[0], target), Tensor.randomNormal(rng, 0, 1, 4, 3));
        check(v -> Losses.huber(v[0], target, 0.7), Tensor.randomNormal(rng, 0, 1.5, 4, 3));
        check(v -> Losses.binaryCrossEntropy(v[0], zeroOne), Tensor.randomUniform(rng, 0.1, 0.9, 4, 3));
        check(v -> Losses.binaryCrossEntropy(v[0], soft), Tensor.randomUniform(rng, 0.1, 0.9, 4, 3));
        check(v -> Losses.binaryCrossEntropyWithLogits(v[0], soft), Tensor.randomNormal(rng, 0, 2, 4, 3));
        check(v -> Losses.softmaxCrossEntropy(v[0], soft), Tensor.randomNormal(rng, 0, 2, 4, 3));
        check(v -> Losses.softmaxCrossEntropy(v[0], zeroOne), Tensor.randomNormal(rng, 0, 2, 4, 3));
        check(v -> Losses.softmaxCrossEntropy(v[0], new int[] {2, 0, 1, 1}), Tensor.randomNormal(rng, 0, 2, 4, 3));
        check(v -> Losses.softmaxCrossEntropy(v[0].matmul(v[1]), new int[] {2, 0, 1, 1}),
                Tensor.randomNormal(rng, 0, 1, 4, 5), Tensor.randomNormal(rng, 0, 1, 5, 3));
    }

    @Test
    void shapeMismatchNamesTheLossAndBothShapes() {
        Var p = Var.of(Tensor.zeros(4, 3));
        Tensor t = Tensor.zeros(4, 2);
        for (String message : new String[] {
            assertThrows(IllegalArgumentException.class, () -> Losses.mse(p, t)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> Losses.huber(p, t, 1)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> Losses.softmaxCrossEntropy(p, t)).getMessage()}) {
            assertTrue(message.contains("[4, 3]") && message.contains("[4, 2]"), message);
        }
        assertEquals("mae: prediction and target expected the same shape, got [4, 3] and [4, 2]",
                assertThrows(IllegalArgumentException.class, () -> Losses.mae(p, t)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Losses.binaryCrossEntropy(p, Tensor.zeros(12)))
                .getMessage().startsWith("binaryCrossEntropy:"));
        assertThrows(IllegalArgumentException.class, () -> Losses.huber(p, Tensor.zeros(4, 3), 0));
        assertThrows(IllegalArgumentException.class, () -> Losses.mse(null, t));
        String labels = assertThrows(IllegalArgumentException.class,
                () -> Losses.softmaxCrossEntropy(p, new int[] {0, 1})).getMessage();
        assertTrue(labels.startsWith("softmaxCrossEntropy: labels") && labels.contains("[4, 3]"), labels);
        assertThrows(IllegalArgumentException.class, () -> Losses.softmaxCrossEntropy(p, new int[] {0, 1, 3, 0}));
        assertThrows(IllegalArgumentException.class, () -> Losses.softmaxCrossEntropy(p, new int[] {0, 1, -1, 0}));
    }
}

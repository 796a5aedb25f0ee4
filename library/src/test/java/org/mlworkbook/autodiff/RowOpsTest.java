package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Softmax, log-softmax, PReLU, maxout and concat: hand values and gradient checks. */
class RowOpsTest {

    private static final double TOLERANCE = 1e-6;

    private final Rng rng = new Rng(3);

    private static void check(Function<Var[], Var> f, Tensor... inputs) {
        double error = GradientCheck.relativeError(f, inputs);
        assertTrue(error < TOLERANCE, "relative error " + error);
    }

    @Test
    void softmaxOfOneTwoThree() {
        // e^k / (e + e² + e³)
        double[] expected = {0.09003057317038046, 0.24472847105479764, 0.6652409557748219};
        assertArrayEquals(expected, Var.of(Tensor.of(1, 2, 3)).softmax().value().toArray(), 1e-15);
        double[] logs = {Math.log(expected[0]), Math.log(expected[1]), Math.log(expected[2])};
        assertArrayEquals(logs, Var.of(Tensor.of(1, 2, 3)).logSoftmax().value().toArray(), 1e-14);
    }

    @Test
    void softmaxWorksPerRowAndDoesNotOverflow() {
        Tensor z = Tensor.of(new double[][] {{1, 2, 3}, {1000, 1000, 1000}, {-1000, 0, 1000}});
        Tensor y = Var.of(z).softmax().value();
        assertArrayEquals(new double[] {1, 1, 1}, y.sum(1).toArray(), 1e-15);
        assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, y.row(1).toArray(), 1e-15);
        assertArrayEquals(new double[] {0, 0, 1}, y.row(2).toArray(), 0.0);
        assertEquals(-2000.0, Var.of(z).logSoftmax().value().get(2, 0), 1e-12);
    }

    @Test
    void softmaxAndLogSoftmaxPassTheGradientCheck() {
        check(v -> v[0].softmax(), Tensor.randomNormal(rng, 0, 2, 4, 5));
        check(v -> v[0].softmax(), Tensor.randomNormal(rng, 0, 2, 5));
        check(v -> v[0].logSoftmax(), Tensor.randomNormal(rng, 0, 2, 4, 5));
        check(v -> v[0].logSoftmax(), Tensor.randomNormal(rng, 0, 2, 3));
        check(v -> v[0].matmul(v[1]).softmax().log().mean(), Tensor.randomNormal(rng, 0, 1, 3, 4),
                Tensor.randomNormal(rng, 0, 1, 4, 2));
    }

    @Test
    void softmaxOfAScalarIsRejected() {
        String message = assertThrows(IllegalArgumentException.class, () -> Var.scalar(1).softmax()).getMessage();
        assertTrue(message.startsWith("softmax:") && message.contains("[]"), message);
    }

    @Test
    void preluWithAScalarAndWithOneSlopePerColumn() {
        Var x = Var.of(Tensor.of(new double[][] {{-2, 3}, {4, -1}}));
        Var shared = Var.of(Tensor.scalar(0.1));
        Var y = x.prelu(shared);
        assertArrayEquals(new double[] {-0.2, 3, 4, -0.1}, y.value().toArray(), 1e-15);
        y.sum().backward();
        assertEquals(-3.0, shared.grad().item(), 1e-15); // Σ x over x ≤ 0
        assertArrayEquals(new double[] {0.1, 1, 1, 0.1}, x.grad().toArray(), 1e-15);
        Var perColumn = Var.of(Tensor.of(0.5, 2));
        assertArrayEquals(new double[] {-1, 3, 4, -2},
                Var.of(Tensor.of(new double[][] {{-2, 3}, {4, -1}})).prelu(perColumn).value().toArray(), 1e-15);
        check(v -> v[0].prelu(v[1]), Tensor.randomNormal(rng, 0, 1, 4, 3), Tensor.of(0.2, 0.5, -0.3));
        check(v -> v[0].prelu(v[1]), Tensor.randomNormal(rng, 0, 1, 4, 3), Tensor.of(0.25));
        check(v -> v[0].prelu(v[1]), Tensor.randomNormal(rng, 0, 1, 5), Tensor.scalar(0.25));
        String message = assertThrows(IllegalArgumentException.class,
                () -> x.prelu(Var.of(Tensor.of(1, 2, 3)))).getMessage();
        assertTrue(message.startsWith("prelu:") && message.contains("[2, 2]") && message.contains("[3]"), message);
    }

    @Test
    void maxoutTakesTheMaximumOfEachGroupOfColumns() {
        Var x = Var.of(Tensor.of(new double[][] {{1, 5, -2, 0}, {3, 2, 7, 9}}));
        Var y = x.maxout(2);
        assertArrayEquals(new int[] {2, 2}, y.shape());
        assertArrayEquals(new double[] {5, 0, 3, 9}, y.value().toArray(), 0.0);
        y.backward(Tensor.of(new double[][] {{10, 20}, {30, 40}}));
        assertArrayEquals(new double[] {0, 10, 0, 20, 30, 0, 0, 40}, x.grad().toArray(), 0.0);
        check(v -> v[0].maxout(3), Tensor.randomNormal(rng, 0, 1, 4, 6));
        assertArrayEquals(x.value().toArray(), x.maxout(1).value().toArray(), 0.0);
        String message = assertThrows(IllegalArgumentException.class, () -> x.maxout(3)).getMessage();
        assertTrue(message.startsWith("maxout:") && message.contains("[2, 4]"), message);
        assertThrows(IllegalArgumentException.class, () -> x.maxout(0));
    }

    @Test
    void concatAlongEachAxis() {
        Var a = Var.of(Tensor.of(new double[][] {{1, 2}, {3, 4}}));
        Var b = Var.of(Tensor.of(new double[][] {{5}, {6}}));
        Var side = Var.concat(1, a, b);
        assertArrayEquals(new double[] {1, 2, 5, 3, 4, 6}, side.value().toArray(), 0.0);
        assertArrayEquals(new int[] {2, 3}, side.shape());
        side.backward(Tensor.of(new double[][] {{1, 2, 3}, {4, 5, 6}}));
        assertArrayEquals(new double[] {1, 2, 4, 5}, a.grad().toArray(), 0.0);
        assertArrayEquals(new double[] {3, 6}, b.grad().toArray(), 0.0);
        Var stacked = Var.concat(0, a, Var.constant(Tensor.of(new double[][] {{7, 8}})));
        assertArrayEquals(new double[] {1, 2, 3, 4, 7, 8}, stacked.value().toArray(), 0.0);
        check(v -> Var.concat(1, v[0], v[1], v[2]), Tensor.randomNormal(rng, 0, 1, 3, 2),
                Tensor.randomNormal(rng, 0, 1, 3, 4), Tensor.randomNormal(rng, 0, 1, 3, 1));
        check(v -> Var.concat(0, v[0], v[1]), Tensor.randomNormal(rng, 0, 1, 2, 3),
                Tensor.randomNormal(rng, 0, 1, 4, 3));
        check(v -> Var.concat(1, v[0], v[1]), Tensor.randomNormal(rng, 0, 1, 2, 2, 3),
                Tensor.randomNormal(rng, 0, 1, 2, 1, 3));
        check(v -> Var.concat(0, v[0], v[1]), Tensor.randomNormal(rng, 0, 1, 3), Tensor.randomNormal(rng, 0, 1, 2));
        String message = assertThrows(IllegalArgumentException.class, () -> Var.concat(0, a, b)).getMessage();
        assertTrue(message.startsWith("concat:") && message.contains("[2, 2]") && message.contains("[2, 1]"),
                message);
        assertThrows(IllegalArgumentException.class, () -> Var.concat(2, a, a));
        assertThrows(IllegalArgumentException.class, () -> Var.concat(0));
    }
}

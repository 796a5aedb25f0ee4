package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Softmax and log-softmax (and later the other row operations): hand values and gradient checks. */
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
}

package org.mlworkbook.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

/** Every op's hand-written backward against central differences: relative error &lt; 1e-6 in double. */
class OpsGradientTest {

    private static final double TOLERANCE = 1e-6;

    private final Rng rng = new Rng(7);

    private Tensor normal(int... shape) {
        return Tensor.randomNormal(rng, 0, 1, shape);
    }

    private Tensor positive(int... shape) {
        return Tensor.randomUniform(rng, 0.5, 2.0, shape);
    }

    private static void check(Function<Var[], Var> f, Tensor... inputs) {
        double error = GradientCheck.relativeError(f, inputs);
        assertTrue(error < TOLERANCE, "relative error " + error);
    }

    @Test
    void addSameShapeRowVectorAndScalar() {
        check(v -> v[0].add(v[1]), normal(3, 4), normal(3, 4));
        check(v -> v[0].add(v[1]), normal(3, 4), normal(4));
        check(v -> v[0].add(v[1]), normal(1, 4), normal(3, 4));
        check(v -> v[0].add(v[1]), normal(3, 4), Tensor.scalar(0.3));
        check(v -> v[0].add(2.5), normal(2, 3));
    }

    @Test
    void subSameShapeRowVectorAndScalar() {
        check(v -> v[0].sub(v[1]), normal(3, 4), normal(3, 4));
        check(v -> v[0].sub(v[1]), normal(3, 4), normal(1, 4));
        check(v -> v[0].sub(v[1]), Tensor.scalar(1.5), normal(3, 4));
        check(v -> v[0].sub(1.0), normal(5));
    }

    @Test
    void mulSameShapeRowVectorAndScalar() {
        check(v -> v[0].mul(v[1]), normal(3, 4), normal(3, 4));
        check(v -> v[0].mul(v[1]), normal(4), normal(3, 4));
        check(v -> v[0].mul(v[1]), normal(3, 4), Tensor.scalar(-0.7));
        check(v -> v[0].mul(-3.0), normal(2, 2));
    }

    @Test
    void divSameShapeRowVectorAndScalar() {
        check(v -> v[0].div(v[1]), normal(3, 4), positive(3, 4));
        check(v -> v[0].div(v[1]), normal(3, 4), positive(4));
        check(v -> v[0].div(v[1]), positive(3, 4), Tensor.scalar(1.3));
        check(v -> v[0].div(4.0), normal(3));
    }

    @Test
    void neg() {
        check(v -> v[0].neg(), normal(3, 2));
    }

    @Test
    void matmulOfMatricesAndVectors() {
        check(v -> v[0].matmul(v[1]), normal(3, 4), normal(4, 5));
        check(v -> v[0].matmul(v[1]), normal(4), normal(4, 2));
        check(v -> v[0].matmul(v[1]), normal(3, 4), normal(4));
        check(v -> v[0].matmul(v[1]), normal(4), normal(4));
    }

    @Test
    void denseLayerChainXwPlusB() {
        check(v -> v[0].matmul(v[1]).add(v[2]).tanh().matmul(v[3]).sigmoid().mean(),
                normal(5, 3), normal(3, 4), normal(4), normal(4, 2));
    }

    @Test
    void sumAndMeanOfAllAndAlongEachAxis() {
        check(v -> v[0].sum(), normal(3, 4));
        check(v -> v[0].mean(), normal(3, 4));
        check(v -> v[0].sum(0), normal(3, 4));
        check(v -> v[0].sum(1), normal(3, 4));
        check(v -> v[0].mean(0), normal(3, 4));
        check(v -> v[0].mean(1), normal(3, 4));
        check(v -> v[0].sum(1), normal(2, 3, 4));
        check(v -> v[0].mean(2), normal(2, 3, 4));
        check(v -> v[0].sum(0), normal(5));
    }

    @Test
    void reshapeAndTranspose() {
        check(v -> v[0].reshape(4, 3), normal(3, 4));
        check(v -> v[0].reshape(-1), normal(2, 3, 2));
        check(v -> v[0].transpose(), normal(3, 4));
        check(v -> v[0].transpose().matmul(v[0]), normal(3, 2));
    }

    @Test
    void expLogPow() {
        check(v -> v[0].exp(), normal(3, 3));
        check(v -> v[0].log(), positive(3, 3));
        check(v -> v[0].pow(3), normal(3, 3));
        check(v -> v[0].pow(-1.5), positive(4));
        check(v -> v[0].pow(0.5), positive(2, 2));
    }

    @Test
    void activations() {
        check(v -> v[0].sigmoid(), normal(4, 3).mul(3));
        check(v -> v[0].tanh(), normal(4, 3).mul(2));
        check(v -> v[0].relu(), normal(4, 3));
        check(v -> v[0].activate(Activation.IDENTITY), normal(5));
    }

    @Test
    void scalarRankZeroGraphs() {
        check(v -> v[0].mul(v[1]).add(v[0].exp()).div(v[1]), Tensor.scalar(0.4), Tensor.scalar(1.7));
        check(v -> v[0].mul(v[1]).sigmoid(), Tensor.of(0.3), Tensor.of(-1.2));
    }

    @Test
    void gradientCheckCatchesAWrongBackward() {
        Op wrong = new Op() {
            private Tensor x;

            @Override
            public Tensor forward(Tensor... in) {
                x = in[0];
                return x.mul(x);
            }

            @Override
            public Tensor[] backward(Tensor dz) {
                return new Tensor[] {dz.mul(x)}; // forgot the factor 2
            }
        };
        double error = GradientCheck.relativeError(v -> Var.apply(wrong, v[0]).sum(), normal(3));
        assertEquals(0.5, error, 1e-6); // ‖x − 2x‖ / max(‖x‖, ‖2x‖) = 1/2
    }

    @Test
    void numericGradientOfASquareIsTwoX() {
        Tensor x = Tensor.of(1, -2, 0.5);
        Tensor g = GradientCheck.numericGradient(v -> v[0].pow(2).sum(), 0, 1e-5, x);
        assertArrayEquals(new double[] {2, -4, 1}, g.toArray(), 1e-8);
        assertArrayEquals(new double[] {1, -2, 0.5}, x.toArray(), 0.0);
    }
}

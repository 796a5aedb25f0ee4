package org.mlworkbook.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

/** The derivative rules of notebook 01 (lecture notes 002 §1): central differences against the analytic rule. */
class DerivativesTest {

    private static final double[] POINTS = {-2.5, -0.7, 0.3, 1.0, 4.2};
    private static final double[] POSITIVE_POINTS = {0.2, 0.9, 1.0, 3.7, 25};

    private static void assertRule(DoubleUnaryOperator f, DoubleUnaryOperator analytic, double[] points) {
        for (double x : points) {
            double expected = analytic.applyAsDouble(x);
            assertEquals(expected, Derivatives.derivative(f, x), 1e-7 * Math.max(1, Math.abs(expected)), "x = " + x);
        }
    }

    @Test
    void powerRule() {
        assertRule(x -> Math.pow(x, 5), x -> 5 * Math.pow(x, 4), POINTS);
        assertRule(x -> Math.pow(x, 2.5), x -> 2.5 * Math.pow(x, 1.5), POSITIVE_POINTS);
    }

    @Test
    void sumRule() {
        assertRule(x -> x * x + Math.sin(x), x -> 2 * x + Math.cos(x), POINTS);
    }

    @Test
    void productRule() {
        // (x² · sin x)′ = x² cos x + 2x sin x
        assertRule(x -> x * x * Math.sin(x), x -> x * x * Math.cos(x) + 2 * x * Math.sin(x), POINTS);
    }

    @Test
    void chainRule() {
        // (sin(x³))′ = cos(x³) · 3x²;  (e^{sin x})′ = e^{sin x} · cos x
        assertRule(x -> Math.sin(x * x * x), x -> Math.cos(x * x * x) * 3 * x * x, new double[] {-1.3, 0.3, 1.6});
        assertRule(x -> Math.exp(Math.sin(x)), x -> Math.exp(Math.sin(x)) * Math.cos(x), POINTS);
    }

    @Test
    void quotientRule() {
        // (sin x / (1 + x²))′ = ((1 + x²) cos x − sin x · 2x) / (1 + x²)²
        assertRule(x -> Math.sin(x) / (1 + x * x),
                x -> ((1 + x * x) * Math.cos(x) - Math.sin(x) * 2 * x) / Math.pow(1 + x * x, 2), POINTS);
    }

    @Test
    void logRule() {
        assertRule(Math::log, x -> 1 / x, POSITIVE_POINTS);
    }

    @Test
    void exponentialRules() {
        assertRule(Math::exp, Math::exp, POINTS);
        assertRule(x -> Math.pow(3, x), x -> Math.pow(3, x) * Math.log(3), POINTS);
    }

    @Test
    void trigRules() {
        assertRule(Math::sin, Math::cos, POINTS);
        assertRule(Math::cos, x -> -Math.sin(x), POINTS);
    }

    @Test
    void centralDifferenceIsExactForQuadraticsUpToRounding() {
        // (f(x+h) − f(x−h))/2h = 2x exactly for f = x² (the h² error term needs f‴ ≠ 0)
        assertEquals(6.0, Derivatives.derivative(x -> x * x, 3, 0.5), 1e-15);
    }

    @Test
    void errorShrinksLikeHSquared() {
        double e1 = Math.abs(Derivatives.derivative(Math::exp, 1, 1e-2) - Math.E);
        double e2 = Math.abs(Derivatives.derivative(Math::exp, 1, 1e-3) - Math.E);
        assertEquals(100, e1 / e2, 1); // f‴/6 · h²: ten times smaller h, a hundred times smaller error
    }

    @Test
    void gradientOfASumOfSquaresIsTwiceX() {
        Tensor x = Tensor.of(new double[][] {{1, -2}, {0.5, 3}});
        Tensor g = Derivatives.gradient(t -> t.pow(2).sum(), x);
        assertTrue(g.allClose(x.mul(2), 1e-8), g.toString());
        assertArrayEquals(new int[] {2, 2}, g.shape());
        assertEquals(Tensor.of(new double[][] {{1, -2}, {0.5, 3}}), x);
    }

    @Test
    void gradientOfAQuadraticFormIsMatrixTimesXForSymmetricA() {
        // f(x) = ½ xᵀAx with A symmetric: ∇f = Ax = [2·1 + 1·2, 1·1 + 3·2] = [4, 7]
        Tensor a = Tensor.of(new double[][] {{2, 1}, {1, 3}});
        Tensor g = Derivatives.gradient(t -> 0.5 * t.dot(a.matmul(t)), Tensor.of(1, 2));
        assertTrue(g.allClose(Tensor.of(4, 7), 1e-8), g.toString());
    }

    @Test
    void badArgumentsAreRejected() {
        assertEquals("derivative: h expected finite > 0, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> Derivatives.derivative(Math::sin, 1, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Derivatives.derivative(Math::sin, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Derivatives.derivative(null, 1));
        assertEquals("gradient: x expected finite values, got NaN at flat index 1 of shape [2]",
                assertThrows(IllegalArgumentException.class,
                        () -> Derivatives.gradient(Tensor::sum, Tensor.of(1, Double.NaN))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Derivatives.gradient(t -> null, Tensor.of(1)));
    }
}

package org.mlworkbook.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.tensor.Tensor;

class NormsTest {

    private static final Tensor V = Tensor.of(3, -4);

    @Test
    void normsOfThreeMinusFourByHand() {
        assertEquals(7.0, Norms.l1(V));
        assertEquals(5.0, Norms.l2(V), 1e-15);
        assertEquals(4.0, Norms.max(V));
        assertEquals(Math.cbrt(27 + 64), Norms.p(V, 3), 1e-14);
    }

    @Test
    void pNormMatchesTheNamedNormsAtOneTwoAndInfinity() {
        assertEquals(Norms.l1(V), Norms.p(V, 1));
        assertEquals(Norms.l2(V), Norms.p(V, 2), 1e-15);
        assertEquals(Norms.max(V), Norms.p(V, Double.POSITIVE_INFINITY));
        assertEquals(4.0, Norms.p(V, 200), 1e-2); // ‖x‖ₚ → ‖x‖_∞ as p grows
    }

    @Test
    void pNormDecreasesAsPGrows() {
        Tensor x = Tensor.of(1, -2, 0.5, 3);
        assertTrue(Norms.p(x, 1) >= Norms.p(x, 1.5));
        assertTrue(Norms.p(x, 1.5) >= Norms.p(x, 2));
        assertTrue(Norms.p(x, 2) >= Norms.p(x, 7));
        assertTrue(Norms.p(x, 7) >= Norms.max(x));
    }

    @Test
    void frobeniusIsTheL2NormOfTheEntries() {
        Tensor a = Tensor.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(Math.sqrt(30), Norms.frobenius(a), 1e-15);
        assertEquals(Norms.frobenius(a), Norms.l2(a.reshape(4)), 1e-15);
        assertEquals("frobenius: a expected a 2-D tensor, got shape [2]",
                assertThrows(IllegalArgumentException.class, () -> Norms.frobenius(V)).getMessage());
    }

    @Test
    void scalingKeepsHugeAndTinyValuesFinite() {
        assertEquals(Math.sqrt(2) * 1e200, Norms.l2(Tensor.of(1e200, 1e200)), 1e186);
        assertEquals(Math.sqrt(2) * 1e-200, Norms.l2(Tensor.of(1e-200, 1e-200)), 1e-214);
        assertEquals(Double.POSITIVE_INFINITY, Norms.l2(Tensor.of(1, Double.NEGATIVE_INFINITY)));
    }

    @Test
    void zeroAndEmptyTensorsHaveNormZero() {
        assertEquals(0.0, Norms.l2(Tensor.zeros(3)));
        assertEquals(0.0, Norms.p(Tensor.zeros(0), 3));
        assertEquals(0.0, Norms.max(Tensor.zeros(0)));
    }

    @Test
    void badInputIsRejected() {
        assertEquals("p: p expected >= 1, got 0.5",
                assertThrows(IllegalArgumentException.class, () -> Norms.p(V, 0.5)).getMessage());
        assertEquals("l2: x expected no NaN, got NaN at flat index 1 of shape [2]",
                assertThrows(IllegalArgumentException.class, () -> Norms.l2(Tensor.of(1, Double.NaN))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Norms.p(V, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Norms.l1(null));
    }
}

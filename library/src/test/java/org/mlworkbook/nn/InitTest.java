package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class InitTest {

    private static final int FAN_IN = 400;
    private static final int FAN_OUT = 250;
    private static final int N = FAN_IN * FAN_OUT;

    /**
     * Checks the sample mean and variance of a draw against 0 and σ², within 5 standard errors:
     * SE(mean) = σ/√n and SE(s²) = √((μ₄ − σ⁴)/n), μ₄ the fourth central moment.
     */
    private static void assertMoments(Tensor w, double variance, double fourthMoment) {
        double[] x = w.data();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s2 = 0;
        for (double v : x) {
            s2 += (v - mean) * (v - mean);
        }
        s2 /= x.length;
        double meanTolerance = 5 * Math.sqrt(variance / x.length);
        double varianceTolerance = 5 * Math.sqrt((fourthMoment - variance * variance) / x.length);
        assertEquals(0, mean, meanTolerance, "mean");
        assertEquals(variance, s2, varianceTolerance, "variance");
    }

    private static void assertMomentsNormal(Tensor w, double variance) {
        assertMoments(w, variance, 3 * variance * variance);   // normal: μ₄ = 3σ⁴
    }

    @Test
    void xavierHasVarianceOneOverFanIn() {
        Tensor w = Init.XAVIER.weights(FAN_IN, FAN_OUT, new Rng(0));
        assertArrayEquals(new int[] {FAN_IN, FAN_OUT}, w.shape());
        assertMomentsNormal(w, 1.0 / FAN_IN);
    }

    @Test
    void heHasVarianceTwoOverFanIn() {
        Tensor w = Init.HE.weights(FAN_IN, FAN_OUT, new Rng(1));
        assertArrayEquals(new int[] {FAN_IN, FAN_OUT}, w.shape());
        assertMomentsNormal(w, 2.0 / FAN_IN);
    }

    @Test
    void normalHasTheGivenScale() {
        Tensor w = Init.normal(0.3).weights(FAN_IN, FAN_OUT, new Rng(2));
        assertMomentsNormal(w, 0.09);
        assertEquals("Init.normal(0.3)", Init.normal(0.3).toString());
    }

    @Test
    void glorotUniformStaysWithinItsBoundAndHasVarianceTwoOverFanSum() {
        double bound = Math.sqrt(6.0 / (FAN_IN + FAN_OUT));   // √(6/650) = 0.0961
        Tensor w = Init.GLOROT_UNIFORM.weights(FAN_IN, FAN_OUT, new Rng(3));
        assertArrayEquals(new int[] {FAN_IN, FAN_OUT}, w.shape());
        assertTrue(w.min() >= -bound && w.max() < bound, w.min() + " … " + w.max());
        assertTrue(w.min() < -0.99 * bound && w.max() > 0.99 * bound, "fills the interval");
        // uniform on (−b, b): σ² = b²/3, μ₄ = b⁴/5
        assertMoments(w, bound * bound / 3, Math.pow(bound, 4) / 5);
        assertEquals(2.0 / (FAN_IN + FAN_OUT), bound * bound / 3, 1e-15);
    }

    @Test
    void zerosIsAllZero() {
        Tensor w = Init.ZEROS.weights(3, 2, new Rng(0));
        assertEquals(Tensor.zeros(3, 2), w);
    }

    @Test
    void sameSeedGivesSameWeightsAndAnotherSeedDifferent() {
        for (Init init : new Init[] {Init.XAVIER, Init.HE, Init.GLOROT_UNIFORM, Init.normal(0.5)}) {
            assertEquals(init.weights(5, 4, new Rng(7)), init.weights(5, 4, new Rng(7)), init.toString());
            assertTrue(!init.weights(5, 4, new Rng(7)).equals(init.weights(5, 4, new Rng(8))), init.toString());
        }
    }

    @Test
    void badArgumentsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Init.HE.weights(0, 3, new Rng(0)));
        assertEquals("Init.weights: fanIn expected >= 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Init.XAVIER.weights(3, -1, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> Init.ZEROS.weights(3, 3, null));
        var scale = assertThrows(IllegalArgumentException.class, () -> Init.normal(0));
        assertEquals("Init.normal: scale expected finite > 0, got 0.0", scale.getMessage());
    }

    @Test
    void constantsPrintTheirNames() {
        assertEquals("Init.XAVIER", Init.XAVIER.toString());
        assertEquals("Init.GLOROT_UNIFORM", Init.GLOROT_UNIFORM.toString());
    }
}

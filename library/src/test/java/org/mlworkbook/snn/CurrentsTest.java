package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class CurrentsTest {

    @Test
    void stepIsOnFromStartUntilJustBeforeEnd() {
        DoubleUnaryOperator step = Currents.step(10, 20, 1.5);
        assertEquals(0.0, step.applyAsDouble(9.99));
        assertEquals(1.5, step.applyAsDouble(10));
        assertEquals(1.5, step.applyAsDouble(19.99));
        assertEquals(0.0, step.applyAsDouble(20));
    }

    @Test
    void rampRisesLinearlyToItsAmplitude() {
        DoubleUnaryOperator ramp = Currents.ramp(0, 100, 2.0);
        assertEquals(0.0, ramp.applyAsDouble(0), 1e-15);
        assertEquals(0.5, ramp.applyAsDouble(25), 1e-15);
        assertEquals(0.0, ramp.applyAsDouble(100), 1e-15);
    }

    @Test
    void sinusoidOfTenHertzPeaksAtTwentyFiveMs() {
        DoubleUnaryOperator sine = Currents.sinusoid(1.0, 0.5, 10);
        assertEquals(1.5, sine.applyAsDouble(25), 1e-12);
        assertEquals(1.0, sine.applyAsDouble(50), 1e-12);
    }

    @Test
    void noisyCurrentIsReproducibleAndHasTheRequestedMoments() {
        DoubleUnaryOperator a = Currents.noisy(2.0, 0.5, 1.0, 20000, 7);
        DoubleUnaryOperator b = Currents.noisy(2.0, 0.5, 1.0, 20000, 7);
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < 20000; k++) {
            double value = a.applyAsDouble(k + 0.5);
            assertEquals(value, b.applyAsDouble(k + 0.2));
            sum += value;
            sumSq += value * value;
        }
        double mean = sum / 20000;
        double std = Math.sqrt(sumSq / 20000 - mean * mean);
        assertEquals(2.0, mean, 4 * 0.5 / Math.sqrt(20000));
        assertEquals(0.5, std, 0.02);
        assertEquals(2.0, a.applyAsDouble(25000));
        assertTrue(Currents.noisy(2.0, 0.5, 1.0, 100, 8).applyAsDouble(0.5) != a.applyAsDouble(0.5));
    }

    @Test
    void badArgumentsFailWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class, () -> Currents.step(10, 5, 1));
        assertEquals("step: endMs expected >= startMs = 10.0, got 5.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Currents.ramp(5, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> Currents.noisy(0, -1, 1, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> Currents.sinusoid(0, 1, -2));
        assertThrows(IllegalArgumentException.class, () -> Currents.constant(Double.NaN));
    }
}

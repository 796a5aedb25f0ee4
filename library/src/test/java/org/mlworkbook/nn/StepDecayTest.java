package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StepDecayTest {

    @Test
    void halvesEveryThirdEpoch() {
        // κ₀ = 0.8, n = 3, γ = 0.5: after epochs 1…7 → 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2
        StepDecay schedule = new StepDecay(3, 0.5);
        double[] expected = {0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2};
        double rate = 0.8;
        for (int epoch = 1; epoch <= expected.length; epoch++) {
            rate = schedule.learningRate(epoch, rate, Double.NaN);
            assertEquals(expected[epoch - 1], rate, 1e-15, "after epoch " + epoch);
        }
    }

    @Test
    void rejectsBadSettingsAndArguments() {
        var e = assertThrows(IllegalArgumentException.class, () -> new StepDecay(0, 0.5));
        assertEquals("StepDecay: stepSize expected >= 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StepDecay(2, 1.0));
        StepDecay schedule = new StepDecay(2, 0.5);
        var epoch = assertThrows(IllegalArgumentException.class, () -> schedule.learningRate(0, 0.1, 1));
        assertEquals("StepDecay.learningRate: epoch expected >= 1, got 0", epoch.getMessage());
        assertThrows(IllegalArgumentException.class, () -> schedule.learningRate(1, 0, 1));
    }
}

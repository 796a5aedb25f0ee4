package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExponentialDecayTest {

    @Test
    void multipliesByGammaEveryEpoch() {
        // κ₀ = 0.1, γ = 0.9 → 0.09, 0.081, 0.0729
        ExponentialDecay schedule = new ExponentialDecay(0.9);
        double rate = 0.1;
        double[] expected = {0.09, 0.081, 0.0729};
        for (int epoch = 1; epoch <= 3; epoch++) {
            rate = schedule.learningRate(epoch, rate, 0);
            assertEquals(expected[epoch - 1], rate, 1e-15);
        }
    }

    @Test
    void ofRateFollowsTheNotesFormula() {
        // κ_t = κ₀ e^{−αt} with α = 0.5: after 2 epochs κ₀ e^{−1}
        ExponentialDecay schedule = ExponentialDecay.ofRate(0.5);
        double rate = schedule.learningRate(2, schedule.learningRate(1, 1.0, 0), 0);
        assertEquals(Math.exp(-1), rate, 1e-15);
    }

    @Test
    void rejectsGammaOutsideZeroToOne() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ExponentialDecay(1.1));
        assertEquals("ExponentialDecay: gamma expected in (0, 1), got 1.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExponentialDecay.ofRate(0));
    }
}

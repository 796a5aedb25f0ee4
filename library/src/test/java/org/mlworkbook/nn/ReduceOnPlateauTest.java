package org.mlworkbook.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReduceOnPlateauTest {

    private static double[] run(ReduceOnPlateau schedule, double start, double... losses) {
        double[] rates = new double[losses.length];
        double rate = start;
        for (int epoch = 1; epoch <= losses.length; epoch++) {
            rate = schedule.learningRate(epoch, rate, losses[epoch - 1]);
            rates[epoch - 1] = rate;
        }
        return rates;
    }

    @Test
    void reducesAfterPatienceEpochsWithoutImprovement() {
        // patience 2: epochs 3 and 4 do not beat 0.8 → reduce after epoch 4; epoch 5 improves;
        // epochs 6, 7 do not beat 0.7 → reduce again after epoch 7
        double[] rates = run(new ReduceOnPlateau(0.5, 2, 0), 1.0, 1.0, 0.8, 0.8, 0.9, 0.7, 0.75, 0.7, 0.6);
        assertEquals(java.util.Arrays.toString(new double[] {1, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25}),
                java.util.Arrays.toString(rates));
    }

    @Test
    void neverGoesBelowMinRate() {
        double[] rates = run(new ReduceOnPlateau(0.1, 1, 0.05), 1.0, 1, 1, 1, 1);
        assertEquals(java.util.Arrays.toString(new double[] {1, 0.1, 0.05, 0.05}), java.util.Arrays.toString(rates));
    }

    @Test
    void startsOverAtEpochOne() {
        ReduceOnPlateau schedule = new ReduceOnPlateau(0.5, 1, 0);
        run(schedule, 1.0, 0.1, 0.2);
        // a new fit with higher losses: 5.0 is an improvement on +∞, not a plateau after the old best 0.1
        assertEquals(1.0, schedule.learningRate(1, 1.0, 5.0), 0.0);
        assertEquals(1.0, schedule.learningRate(2, 1.0, 4.0), 0.0);
    }

    @Test
    void rejectsBadSettingsAndLosses() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau(1.0, 2, 0));
        assertEquals("ReduceOnPlateau: factor expected in (0, 1), got 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau(0.5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ReduceOnPlateau(0.5, 2, -1));
        ReduceOnPlateau schedule = new ReduceOnPlateau(0.5, 2, 0);
        var loss = assertThrows(IllegalArgumentException.class, () -> schedule.learningRate(1, 0.1, Double.NaN));
        assertEquals("ReduceOnPlateau.learningRate: monitored expected a finite loss, got NaN", loss.getMessage());
    }
}

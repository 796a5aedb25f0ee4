package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PoissonSourceTest {

    @Test
    void homogeneousTrainHasTheRequestedRateWithinFourSigma() {
        for (double rate : new double[]{5, 20, 80}) {
            SpikeTrain train = PoissonSource.homogeneous(rate, 100_000, 7);
            double expected = rate * 100;
            assertEquals(expected, train.count(), 4 * Math.sqrt(expected), "rate " + rate);
        }
    }

    @Test
    void intervalsHaveUnitCoefficientOfVariation() {
        SpikeTrain train = PoissonSource.homogeneous(20, 200_000, 3);
        // CV of 4000 exponential intervals: standard error about 1/sqrt(4000) ≈ 0.016
        assertEquals(1, train.cv(), 0.07);
    }

    @Test
    void sameSeedGivesSameSpikesAndOtherSeedOthers() {
        assertEquals(PoissonSource.homogeneous(30, 1000, 11), PoissonSource.homogeneous(30, 1000, 11));
        assertNotEquals(PoissonSource.homogeneous(30, 1000, 11), PoissonSource.homogeneous(30, 1000, 12));
        SpikeTrain[] a = PoissonSource.population(5, 10, 500, 1);
        SpikeTrain[] b = PoissonSource.population(5, 10, 500, 1);
        assertEquals(java.util.List.of(a), java.util.List.of(b));
    }

    @Test
    void thinningFollowsTheRateProfile() {
        // r(t) = 40 Hz on the first half, 0 on the second: expected 40·50 = 2000 spikes, all in the first half
        SpikeTrain train = PoissonSource.inhomogeneous(t -> t < 50_000 ? 40 : 0, 40, 100_000, 5);
        assertEquals(2000, train.count(), 4 * Math.sqrt(2000));
        assertEquals(0, java.util.Arrays.stream(train.times()).filter(t -> t >= 50_000).count());
        // r(t) = 10 (1 + sin(2πt/1000)): mean 10 Hz
        SpikeTrain wave = PoissonSource.inhomogeneous(t -> 10 * (1 + Math.sin(2 * Math.PI * t / 1000)), 20, 200_000, 6);
        assertEquals(2000, wave.count(), 4 * Math.sqrt(2000));
    }

    @Test
    void negativeRateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PoissonSource.homogeneous(-1, 100, 1));
        assertEquals("homogeneous: rate expected a finite value >= 0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PoissonSource.inhomogeneous(t -> 30, 20, 1000, 1));
        assertEquals(0, PoissonSource.homogeneous(0, 100, 1).count());
    }
}

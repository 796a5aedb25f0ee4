package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpikeTrainTest {

    private final SpikeTrain train = SpikeTrain.of(100, 5, 15, 20, 60);

    @Test
    void rateIsCountOverDurationInHertz() {
        assertEquals(4, train.count());
        assertEquals(40.0, train.rate(), 1e-12);
    }

    @Test
    void binsCountSpikesPerWindow() {
        assertArrayEquals(new int[]{1, 1, 1, 0, 0, 0, 1, 0, 0, 0}, train.binned(10));
        assertArrayEquals(new int[]{3, 0, 1}, SpikeTrain.of(90, 5, 15, 20, 60).binned(30));
    }

    @Test
    void isiAndCvOfHandExample() {
        assertArrayEquals(new double[]{10, 5, 40}, train.isi(), 1e-12);
        // mean 55/3, population sd sqrt(((10-55/3)² + (5-55/3)² + (40-55/3)²)/3)
        double mean = 55.0 / 3;
        double sd = Math.sqrt((Math.pow(10 - mean, 2) + Math.pow(5 - mean, 2) + Math.pow(40 - mean, 2)) / 3);
        assertEquals(sd / mean, train.cv(), 1e-12);
        assertEquals(0, SpikeTrain.of(100, 10, 20, 30, 40).cv(), 1e-12);
    }

    @Test
    void filteredTrainIsSumOfShiftedFilters() {
        SynapticFilter h = SynapticFilter.exponential(10);
        double[] s = train.filtered(h, new double[]{0, 5, 16, 100});
        assertEquals(0, s[0], 0);
        assertEquals(0.1, s[1], 1e-15);
        assertEquals(0.1 * Math.exp(-1.1) + 0.1 * Math.exp(-0.1), s[2], 1e-15);
    }

    @Test
    void badTimesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpikeTrain.of(0));
        assertThrows(IllegalArgumentException.class, () -> SpikeTrain.of(10, 3, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpikeTrain.of(10, 10));
        assertTrue(e.getMessage().startsWith("of: times expected values in [0, 10.0)"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> SpikeTrain.of(10, 1, 2).cv());
        assertThrows(IllegalArgumentException.class, () -> train.binned(0));
    }
}

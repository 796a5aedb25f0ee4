package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SynapticFilterTest {

    @ParameterizedTest
    @CsvSource({"0, 5", "1, 5", "2, 2", "5, 1", "1, 20"})
    void filtersIntegrateToOne(int order, double tau) {
        SynapticFilter h = new SynapticFilter(order, tau);
        double step = tau / 2000;
        double area = 0;
        for (double t = 0; t < 60 * tau; t += step) {
            area += step / 6 * (h.value(t) + 4 * h.value(t + step / 2) + h.value(t + step));
        }
        assertEquals(1, area, 1e-9);
    }

    @Test
    void valuesMatchTheClosedForms() {
        assertEquals(Math.exp(-0.5) / 4, SynapticFilter.exponential(4).value(2), 1e-15);
        assertEquals(2 * Math.exp(-0.5) / 16, SynapticFilter.alpha(4).value(2), 1e-15);
        assertEquals(9 * Math.exp(-1.5) / (2 * 8), new SynapticFilter(2, 2).value(3), 1e-15);
        assertEquals(0, SynapticFilter.alpha(4).value(-1));
    }

    @Test
    void peakIsAtOrderTimesTau() {
        SynapticFilter h = new SynapticFilter(3, 2);
        assertEquals(6, h.peakTime());
        assertTrue(h.value(6) > h.value(5.9) && h.value(6) > h.value(6.1));
    }

    @Test
    void negativeTimeConstantIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SynapticFilter.exponential(-1));
        assertEquals("SynapticFilter: tau expected a finite value > 0, got -1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SynapticFilter(-1, 1));
    }
}

package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpikeCodingTest {

    @Test
    void rateCodeDecodesCountsBackToValues() {
        RateCode code = new RateCode(100, 10_000);
        double[] x = code.decode(code.encode(new double[]{0, 0.25, 1}, 4));
        assertEquals(0, x[0]);
        // 250 and 1000 expected spikes, 4 sd = 0.063 and 0.126 in x
        assertEquals(0.25, x[1], 0.064);
        assertEquals(1, x[2], 0.13);
        assertThrows(IllegalArgumentException.class, () -> code.encode(new double[]{1.5}, 1));
    }

    @Test
    void latencyCodeFiresLargestFirst() {
        LatencyCode code = new LatencyCode(50);
        SpikeTrain[] trains = code.encode(new double[]{0.2, 0.9, 0, 0.5});
        assertArrayEquals(new double[]{40}, trains[0].times(), 1e-12);
        assertEquals(0, trains[2].count());
        assertArrayEquals(new int[]{1, 3, 0, 2}, code.firingOrder(trains));
        assertArrayEquals(new double[]{0.2, 0.9, 0, 0.5}, code.decode(trains), 1e-12);
    }

    @Test
    void populationCodeHasGaussianTuningAndDecodesByPopulationVector() {
        PopulationCode code = PopulationCode.evenlySpaced(5, 0, 1, 0.25, 100);
        assertArrayEquals(new double[]{0, 0.25, 0.5, 0.75, 1}, code.preferred(), 1e-12);
        double[] r = code.rates(0.5);
        assertEquals(100, r[2], 1e-12);
        assertEquals(100 * Math.exp(-0.5), r[1], 1e-12);
        assertEquals(0.5, code.decode(r), 1e-12);
        // hand example: activities 1, 3 on c = 0, 0.25 → (0 + 0.75)/4
        assertEquals(0.1875, code.decode(new double[]{1, 3, 0, 0, 0}), 1e-12);
        assertEquals(0.6, code.decode(code.encode(0.6, 5000, 9)), 0.03);
        assertThrows(IllegalArgumentException.class, () -> code.decode(new double[5]));
        assertThrows(IllegalArgumentException.class, () -> code.decode(new double[4]));
    }

    @Test
    void exponentialSynapsePspMatchesClosedFormAndSignGivesEpspOrIpsp() {
        CurrentSynapse epsp = new CurrentSynapse(2, SynapticFilter.exponential(5));
        double[] v = epsp.postSynapticPotential(20, new double[]{-1, 0, 10});
        assertEquals(0, v[0]);
        assertEquals(0, v[1], 1e-15);
        assertEquals(2 * 20 * (Math.exp(-0.5) - Math.exp(-2)) / 15, v[2], 1e-12);
        CurrentSynapse ipsp = new CurrentSynapse(-2, SynapticFilter.exponential(5));
        assertEquals(-v[2], ipsp.postSynapticPotential(20, new double[]{10})[0], 1e-12);
        assertEquals(2 * 0.5 * Math.exp(-0.5), new CurrentSynapse(2, SynapticFilter.exponential(20))
                .postSynapticPotential(20, new double[]{10})[0], 1e-12);
        assertArrayEquals(new double[]{0.4, 0}, epsp.current(SpikeTrain.of(10, 1), new double[]{1, 0}), 1e-12);
        assertThrows(IllegalStateException.class, () -> new CurrentSynapse(1, SynapticFilter.alpha(5))
                .postSynapticPotential(20, new double[]{1}));
    }
}

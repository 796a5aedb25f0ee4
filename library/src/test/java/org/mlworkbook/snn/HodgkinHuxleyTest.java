package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HodgkinHuxleyTest {

    private static final HodgkinHuxley HH = HodgkinHuxley.DEFAULT;

    @Test
    void ratesHaveTheirPublishedValues() {
        assertEquals(0.1, HodgkinHuxley.alphaN(-55), 1e-12);       // removable singularity: 0.01·10
        assertEquals(1.0, HodgkinHuxley.alphaM(-40), 1e-12);       // 0.1·10
        assertEquals(0.125, HodgkinHuxley.betaN(-65), 1e-15);
        assertEquals(4.0, HodgkinHuxley.betaM(-65), 1e-15);
        assertEquals(0.07, HodgkinHuxley.alphaH(-65), 1e-15);
        assertEquals(0.5, HodgkinHuxley.betaH(-35), 1e-15);
        // α_n(−65) = 0.01·(−10)/(1 − e) = 0.058198
        assertEquals(0.1 / (Math.E - 1), HodgkinHuxley.alphaN(-65), 1e-12);
        assertEquals(HodgkinHuxley.alphaN(-55 + 1e-9), HodgkinHuxley.alphaN(-55 - 1e-9), 1e-9);
    }

    @Test
    void fastRatesEqualTheSixPublishedFormulas() {
        double[] rates = new double[6];
        for (double v = -100; v <= 60; v += 0.37) {
            for (double at : new double[] {v, -55, -40, -55 + 1e-8, -40 - 1e-8}) {
                HodgkinHuxley.fastRates(at, rates);
                double[] expected = {HodgkinHuxley.alphaN(at), HodgkinHuxley.betaN(at), HodgkinHuxley.alphaM(at),
                    HodgkinHuxley.betaM(at), HodgkinHuxley.alphaH(at), HodgkinHuxley.betaH(at)};
                for (int i = 0; i < 6; i++) {
                    assertEquals(expected[i], rates[i], 1e-12 * Math.max(1, Math.abs(expected[i])), "rate " + i + " at " + at);
                }
            }
        }
    }

    @Test
    void gatesAtRestHaveTheTextbookValues() {
        double[] gates = HodgkinHuxley.steadyStateGates(-65);
        assertEquals(0.3177, gates[0], 1e-4);
        assertEquals(0.0529, gates[1], 1e-4);
        assertEquals(0.5961, gates[2], 1e-4);
        double[] tau = HodgkinHuxley.gateTimeConstantsMs(-65);
        assertEquals(1 / (0.1 / (Math.E - 1) + 0.125), tau[0], 1e-12);
    }

    @Test
    void restIsAnEquilibriumWithoutInput() {
        NeuronTrace trace = HH.simulate(Currents.constant(0), 50, 0.01);
        double[] v = trace.voltage();
        assertEquals(-65.0, v[v.length - 1], 0.01);
        assertEquals(0, trace.spikeCount());
    }

    @Test
    void tinyCurrentGivesNoSpike() {
        NeuronTrace trace = HH.simulate(Currents.constant(1.0), 200, 0.01);
        assertEquals(0, trace.spikeCount());
        assertTrue(trace.voltage()[trace.voltage().length - 1] < -60);
    }

    @Test
    void shortPulseGivesExactlyOneSpikeWithTheUsualShape() {
        NeuronTrace trace = HH.simulate(Currents.step(10, 11, 20), 100, 0.01);
        assertEquals(1, trace.spikeCount());
        assertTrue(trace.spikeTimesMs()[0] > 10 && trace.spikeTimesMs()[0] < 15, "spike at " + trace.spikeTimesMs()[0]);
        double peak = java.util.Arrays.stream(trace.voltage()).max().orElseThrow();
        double trough = java.util.Arrays.stream(trace.voltage()).min().orElseThrow();
        assertTrue(peak > 30 && peak < 50, "peak " + peak);       // overshoot towards E_Na
        assertTrue(trough < -70 && trough > -77, "trough " + trough); // after-hyperpolarisation towards E_K
    }

    @Test
    void largeStepGivesRepetitiveSpikesSixtyNineInOneSecond() {
        NeuronTrace trace = HH.simulate(Currents.constant(10), 1000, 0.01, Integrator.RK4, false);
        assertEquals(69, trace.spikeCount()); // Brian2 and the CPython RK4 loop of the bench peers: 69
    }

    @Test
    void rk4AtTenMicrosecondsAgreesWithFiveMicroseconds() {
        double[] coarse = HH.simulate(Currents.constant(10), 200, 0.01).spikeTimesMs();
        double[] fine = HH.simulate(Currents.constant(10), 200, 0.005).spikeTimesMs();
        assertEquals(fine.length, coarse.length);
        for (int i = 0; i < fine.length; i++) {
            assertEquals(fine[i], coarse[i], 1e-3, "spike " + i);
        }
    }

    @Test
    void gatingVariablesStayBetweenZeroAndOne() {
        NeuronTrace trace = HH.simulate(Currents.constant(10), 100, 0.01);
        for (String gate : new String[] {"n", "m", "h"}) {
            for (double x : trace.state(gate)) {
                assertTrue(x >= 0 && x <= 1, gate + " = " + x);
            }
        }
        assertEquals(java.util.List.of("V", "n", "m", "h"), trace.stateNames());
    }

    @Test
    void stepsTooLargeForStabilityAreRejected() {
        assertEquals(1.0 / 156.3, HH.fastestTauMs(), 1e-12);
        var e = assertThrows(IllegalArgumentException.class,
                () -> HH.simulate(Currents.constant(10), 100, 0.05, Integrator.RK4, true));
        assertTrue(e.getMessage().startsWith("simulate: dtMs expected > 0 and < 2.785·τ"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HH.simulate(Currents.constant(10), 100, -0.01));
        assertThrows(IllegalArgumentException.class, () -> new HodgkinHuxley(-1, 120, 36, 0.3, 50, -77, -54.4));
        assertThrows(IllegalArgumentException.class, () -> new HodgkinHuxley(1, -120, 36, 0.3, 50, -77, -54.4));
    }
}

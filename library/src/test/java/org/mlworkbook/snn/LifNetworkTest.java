package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LifNetworkTest {

    @Test
    void deltaSynapseJumpsThenDecaysExactly() {
        LifNetwork net = new LifNetwork(1, 0.1).input(new SpikeTrain[]{SpikeTrain.of(50, 1)},
                WeightMatrix.dense(new double[][]{{2}}));
        StateMonitor monitor = net.recordVoltage(0);
        net.run(50);
        double[] v = monitor.voltage(0);
        assertEquals(0, v[9]);
        assertEquals(2, v[10], 1e-12);
        assertEquals(2 * Math.exp(-20 / 20.0), v[210], 1e-12);
        assertEquals(21.0, monitor.times()[210], 1e-9);
    }

    @Test
    void currentSynapseFollowsTheClosedFormPsp() {
        LifNetwork net = new LifNetwork(1, 0.1).synapseTau(5)
                .input(new SpikeTrain[]{SpikeTrain.of(60, 1)}, WeightMatrix.dense(new double[][]{{2}}));
        StateMonitor monitor = net.recordVoltage(0);
        net.run(60);
        double[] psp = new CurrentSynapse(2, SynapticFilter.exponential(5)).postSynapticPotential(20,
                new double[]{5, 10, 40});
        assertEquals(psp[0], monitor.voltage(0)[60], 1e-12);
        assertEquals(psp[1], monitor.voltage(0)[110], 1e-12);
        assertEquals(psp[2], monitor.voltage(0)[410], 1e-12);
    }

    @Test
    void recurrentSpikeArrivesAfterTheDelay() {
        // neuron 0 is driven over threshold at 1 ms, spikes at 1.1 ms; its 3 mV reach neuron 1 after 2 ms
        LifNetwork net = new LifNetwork(2, 0.1).connect(WeightMatrix.sparse(2, 2, new int[]{0}, new int[]{1},
                new double[]{3}), 2).input(new SpikeTrain[]{SpikeTrain.of(10, 1)}, WeightMatrix.dense(new double[][]{{25, 0}}));
        StateMonitor monitor = net.recordVoltage(1);
        net.run(10);
        assertArrayEquals(new double[]{1.1}, net.spikes().times(), 1e-9);
        assertEquals(0, monitor.voltage(0)[30]);
        assertEquals(3, monitor.voltage(0)[31], 1e-12);
    }

    @Test
    void refractoryNeuronIgnoresInputAndHoldsItsReset() {
        // spikes at 1.1 ms (t_ref 2 ms: steps 11..30 refractory); a 5 mV input at 2 ms is lost
        LifNetwork net = new LifNetwork(1, 0.1).input(new SpikeTrain[]{SpikeTrain.of(10, 1, 2)},
                WeightMatrix.dense(new double[][]{{25}}));
        net.input(new SpikeTrain[]{SpikeTrain.of(10, 1), SpikeTrain.of(10, 2)}, WeightMatrix.dense(new double[][]{{25}, {5}}));
        StateMonitor monitor = net.recordVoltage(0);
        net.run(10);
        assertEquals(1, net.spikes().count());
        assertEquals(10, monitor.voltage(0)[25], 1e-12);
        assertEquals(10 * Math.exp(-0.1 / 20), monitor.voltage(0)[32], 1e-12);
    }

    @Test
    void sameSeedGivesSameSpikes() {
        int[] a = poissonDriven(3).spikes().neurons();
        int[] b = poissonDriven(3).spikes().neurons();
        assertArrayEquals(a, b);
        assertArrayEquals(poissonDriven(3).spikes().times(), poissonDriven(3).spikes().times());
        assertTrue(a.length > 100);
        assertTrue(!java.util.Arrays.equals(a, poissonDriven(4).spikes().neurons()));
    }

    private static LifNetwork poissonDriven(long seed) {
        return new LifNetwork(50, 0.1).connect(WeightMatrix.random(50, 50, 0.1, 0.1, false, 1), 0)
                .poissonInput(1000, 10, 0.1, seed).run(500);
    }

    @Test
    void poissonInputAloneGivesTheFreeMembraneMean() {
        // 1000 × 2 Hz × 0.1 mV → mean drive 0.2 mV/ms, τ_m 20 ms → mean v = 4 mV, far below θ
        LifNetwork net = new LifNetwork(200, 0.1).poissonInput(1000, 2, 0.1, 1).run(200);
        double mean = java.util.Arrays.stream(net.voltages()).average().orElseThrow();
        assertEquals(4, mean, 0.2);
        assertEquals(0, net.spikes().count());
    }

    @Test
    void adaptiveThresholdRisesAtEachSpikeAndDecays() {
        LifNetwork net = new LifNetwork(1, 0.1).adaptiveThreshold(5, 100)
                .input(new SpikeTrain[]{SpikeTrain.of(20, 1)}, WeightMatrix.dense(new double[][]{{30}})).run(11.1);
        // spike at step 11, θ = 25 after it; steps 12 … 110 decay it 99 times: 20 + 5 e^{-9.9/100}
        assertEquals(20 + 5 * Math.exp(-0.099), net.thresholds()[0], 1e-12);
    }

    @Test
    void normalisationKeepsTheInputResource() {
        // inputs at 1, 1.2, 1.5 ms (15 + 1 + 15 mV) → spike at 1.6 ms; STDP grows all three, then Σ w = 31 again
        SpikeTrain[] trains = {SpikeTrain.of(3, 1), SpikeTrain.of(3, 1.2), SpikeTrain.of(3, 1.5)};
        LifNetwork net = new LifNetwork(1, 0.1).input(trains, WeightMatrix.dense(new double[][]{{15}, {1}, {15}}))
                .learnInput(new Stdp(1, 1, 20, 20, 0, 50)).normalizeInput(31).run(3);
        assertEquals(1, net.spikes().count());
        double[] w = net.inputWeights().incoming(0);
        assertEquals(31, w[0] + w[1] + w[2], 1e-12);
        // potentiation A₊ x_i before rescaling: x = e^{-0.6/20}, e^{-0.4/20}, e^{-0.1/20}
        double[] grown = {15 + Math.exp(-0.03), 1 + Math.exp(-0.02), 15 + Math.exp(-0.005)};
        double scale = 31 / (grown[0] + grown[1] + grown[2]);
        assertEquals(grown[1] * scale, w[1], 1e-12);
    }

    @Test
    void badInputGivesClearErrors() {
        LifNetwork net = new LifNetwork(10, 0.1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> net.connect(WeightMatrix.dense(new double[3][10]), 0));
        assertEquals("connect: weights expected 10×10, got 3×10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> net.input(new SpikeTrain[]{SpikeTrain.of(1)}, WeightMatrix.dense(new double[2][10])));
        assertEquals("input: weights expected 1×10, got 2×10", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new LifNetwork(10, 0));
        assertEquals("LifNetwork: dt expected a finite value > 0, got 0.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LifNetwork(10, -0.1));
        e = assertThrows(IllegalArgumentException.class, () -> net.tauM(-20));
        assertEquals("tauM: tauM expected a finite value > 0, got -20.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> net.synapseTau(-1));
        e = assertThrows(IllegalArgumentException.class, () -> net.poissonInput(100, -5, 0.1, 1));
        assertEquals("poissonInput: rate expected a finite value >= 0, got -5.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LifNetwork(1, 30).run(100));
        assertThrows(IllegalStateException.class, () -> net.learnInput(new Stdp(1, 1, 1, 1, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> WeightMatrix.dense(new double[][]{{1, 2}, {3}}));
    }
}

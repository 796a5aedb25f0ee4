package org.mlworkbook.snn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StdpTest {

    private final Stdp rule = new Stdp(0.01, 0.012, 16.8, 33.7, 0, 1);

    @Test
    void windowEqualsTheFormula() {
        assertEquals(0.01 * Math.exp(-10 / 16.8), rule.window(10), 1e-15);
        assertEquals(-0.012 * Math.exp(-10 / 33.7), rule.window(-10), 1e-15);
        assertEquals(0.01, rule.window(0), 1e-15);
        double[] w = rule.window(new double[]{5, -5});
        assertEquals(0.01 * Math.exp(-5 / 16.8), w[0], 1e-15);
        assertEquals(-0.012 * Math.exp(-5 / 33.7), w[1], 1e-15);
    }

    @Test
    void tracesInANetworkReproduceTheWindowForOnePair() {
        // source 0 (plastic, 1 mV) spikes at 10 ms; source 1 (50 mV) makes the neuron spike one step after 15 ms
        assertEquals(1 + rule.window(15.1 - 10), pairedWeight(10, 15), 1e-12);
        // post at 15.1 ms, pre at 20 ms: depression
        assertEquals(1 + rule.window(15.1 - 20), pairedWeight(20, 15), 1e-12);
    }

    private double pairedWeight(double pre, double forcer) {
        Stdp wide = new Stdp(0.01, 0.012, 16.8, 33.7, -100, 100);
        SpikeTrain[] trains = {SpikeTrain.of(40, pre), SpikeTrain.of(40, forcer)};
        LifNetwork net = new LifNetwork(1, 0.1).input(trains, WeightMatrix.dense(new double[][]{{1}, {50}}))
                .learnInput(wide).run(40);
        assertEquals(1, net.spikes().count());
        assertEquals(forcer + 0.1, net.spikes().times()[0], 1e-9);
        return net.inputWeights().get(0, 0);
    }

    @Test
    void weightsStayWithinTheirBounds() {
        // pre at 10 ms, a 30 mV forcer at 12 ms → post spike at 12.1 ms: A₊ = 5 pushes both weights to w_max = 2;
        // the later pre spikes (post before pre) push them down to w_min = 0
        Stdp strong = new Stdp(5, 5, 20, 20, 0, 2);
        SpikeTrain[] trains = {SpikeTrain.of(100, 10, 30, 50), SpikeTrain.of(100, 12, 32, 52)};
        LifNetwork net = new LifNetwork(1, 0.1).input(trains, WeightMatrix.dense(new double[][]{{1}, {30}}))
                .learnInput(strong).run(20);
        assertEquals(2, net.inputWeights().get(0, 0), 1e-12);
        assertEquals(2, net.inputWeights().get(1, 0), 1e-12);
        net.run(80);
        assertEquals(1, net.spikes().count());
        assertEquals(0, net.inputWeights().get(0, 0), 1e-12);
        assertEquals(0, net.inputWeights().get(1, 0), 1e-12);
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Stdp(0.01, 0.01, -1, 20, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Stdp(-0.01, 0.01, 20, 20, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Stdp(0.01, 0.01, 20, 20, 1, 0));
    }
}

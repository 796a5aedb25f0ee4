package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.mlworkbook.snn.Currents;
import org.mlworkbook.snn.HodgkinHuxley;
import org.mlworkbook.snn.LifNeuron;
import org.mlworkbook.snn.NeuronTrace;

class NeuronPlotsTest {

    private static final NeuronTrace LIF = LifNeuron.DEFAULT.simulate(Currents.step(10, 90, 3), 100, 0.1);

    @Test
    void membraneDrawsVoltageCurrentOnTheRightAxisAndOneMarkPerSpike() {
        XYChart chart = NeuronPlots.membrane("LIF", LIF, "V (mV)", "I (nA)");
        assertEquals(List.of("V", "I", "spikes"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(LIF.voltage(), chart.getSeriesMap().get("V").getYData());
        assertEquals(1, chart.getSeriesMap().get("I").getYAxisGroup());
        assertEquals(LIF.spikeCount(), chart.getSeriesMap().get("spikes").getXData().length);
        // the current (0 … 3 nA) fills the lower quarter of a 0 … 12 axis
        assertEquals(12.0, chart.getStyler().getYAxisMax(1), 1e-12);
        assertEquals("I (nA)", chart.getYAxisGroupTitle(1));
        assertEquals("t (ms)", chart.getXAxisTitle());
        assertTrue(Plots.png(chart).length > 1000);
    }

    @Test
    void longTracesAreThinnedButKeepEveryPeak() {
        NeuronTrace hh = HodgkinHuxley.DEFAULT.simulate(Currents.constant(10), 200, 0.01);
        XYChart chart = NeuronPlots.membrane("", hh);
        double[] drawn = chart.getSeriesMap().get("V").getYData();
        assertTrue(drawn.length <= NeuronPlots.MAX_POINTS + 2, "points " + drawn.length);
        double peak = java.util.Arrays.stream(hh.voltage()).max().orElseThrow();
        assertEquals(peak, java.util.Arrays.stream(drawn).max().orElseThrow(), 0.0);
    }

    @Test
    void thinKeepsMinimumAndMaximumOfEachBucketInTimeOrder() {
        int n = NeuronPlots.MAX_POINTS * 2;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i % 4 == 1 ? 5 : i % 4 == 3 ? -5 : 0;
        }
        double[][] thin = NeuronPlots.thin(x, y);
        assertEquals(NeuronPlots.MAX_POINTS, thin[0].length);
        assertArrayEquals(new double[] {1, 3, 5, 7}, java.util.Arrays.copyOf(thin[0], 4));
        assertArrayEquals(new double[] {5, -5, 5, -5}, java.util.Arrays.copyOf(thin[1], 4));
    }

    @Test
    void stateVariablesDefaultToEverythingButTheVoltage() {
        NeuronTrace hh = HodgkinHuxley.DEFAULT.simulate(Currents.constant(10), 20, 0.01);
        XYChart chart = NeuronPlots.stateVariables("gates", hh);
        assertEquals(List.of("n", "m", "h"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(1, NeuronPlots.stateVariables("", hh, "m").getSeriesMap().size());
        var e = assertThrows(IllegalArgumentException.class, () -> NeuronPlots.stateVariables("", LIF));
        assertEquals("stateVariables: trace expected a state besides the voltage, got [V]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NeuronPlots.stateVariables("", hh, "q"));
    }

    @Test
    void tuningCurvesDrawOneLinePerNeuronInMapOrder() {
        double[] currents = {1, 2, 3};
        Map<String, double[]> rates = new LinkedHashMap<>();
        rates.put("simulated", new double[] {0, 63, 112});
        rates.put("formula", new double[] {0, 63.04, 111.96});
        XYChart chart = NeuronPlots.tuningCurves("f–I", "I (nA)", currents, rates);
        assertEquals(List.of("simulated", "formula"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals("firing rate (Hz)", chart.getYAxisTitle());
        var e = assertThrows(IllegalArgumentException.class,
                () -> NeuronPlots.tuningCurves("", "I", currents, Map.of("short", new double[] {1, 2})));
        assertEquals("tuningCurves: currents and rates \"short\" expected the same length, got currents [3] and "
                + "rates \"short\" [2]", e.getMessage());
    }
}

package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class SpikePlotsTest {

    @Test
    void rasterHasOneDotPerSpike() {
        XYChart chart = SpikePlots.raster("r", new double[]{1, 2, 3}, new int[]{0, 4, 2});
        assertArrayEquals(new double[]{0, 4, 2}, chart.getSeriesMap().get("spikes").getYData(), 0);
        assertEquals("neuron", chart.getYAxisTitle());
    }

    @Test
    void psthDividesCountsByNeuronsAndBinWidth() {
        // 3 spikes in [0, 10) from 2 neurons, bin 10 ms: 3 / (2 · 0.01 s) = 150 Hz; 1 spike in [10, 20): 50 Hz
        XYChart chart = SpikePlots.psth("p", new double[]{1, 2, 9, 15}, 2, 20, 10);
        assertArrayEquals(new double[]{150, 50}, chart.getSeriesMap().values().iterator().next().getYData(), 1e-9);
        assertArrayEquals(new double[]{5, 15}, chart.getSeriesMap().values().iterator().next().getXData(), 1e-9);
    }

    @Test
    void weightEvolutionDrawsOneLinePerSynapse() {
        XYChart chart = SpikePlots.weightEvolution("w", new double[]{0, 100}, new double[][]{{1, 2, 3}, {2, 2, 2}});
        assertEquals(3, chart.getSeriesMap().size());
        assertArrayEquals(new double[]{3, 2}, chart.getSeriesMap().get("w2").getYData(), 0);
        assertEquals(2, SpikePlots.stdpWindow("s", new double[]{-1, 1}, new double[]{-0.1, 0.1})
                .getSeriesMap().values().iterator().next().getXData().length);
        assertEquals("count", SpikePlots.isiHistogram("i", new double[]{1, 2, 2, 5}, 3).getYAxisTitle());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpikePlots.raster("r", new double[]{1}, new int[]{0, 1}));
        assertThrows(IllegalArgumentException.class, () -> SpikePlots.psth("p", new double[]{1}, 0, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> SpikePlots.weightEvolution("w", new double[]{0, 1},
                new double[][]{{1, 2}, {1}}));
    }
}

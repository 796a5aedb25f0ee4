package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class LossCurvesTest {

    @Test
    void lossPutsEntryEAtEpochE() {
        XYChart chart = LossCurves.loss("GD", new double[] {7, 3, 2});
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("loss").getXData());
        assertArrayEquals(new double[] {7, 3, 2}, chart.getSeriesMap().get("loss").getYData());
        assertEquals("epoch", chart.getXAxisTitle());
        assertFalse(chart.getStyler().isLegendVisible());
    }

    @Test
    void runsOfDifferentLengthsShareOneChartInMapOrder() {
        Map<String, double[]> runs = new LinkedHashMap<>();
        runs.put("η = 0.01", new double[] {7, 6.8, 6.6, 6.4});
        runs.put("η = 0.5", new double[] {7, 1});
        XYChart chart = LossCurves.losses("", runs, true);
        assertEquals(List.of("η = 0.01", "η = 0.5"), List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(2, chart.getSeriesMap().get("η = 0.5").getXData().length);
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertEquals("loss (log scale)", chart.getYAxisTitle());
    }

    @Test
    void logarithmicAxisRejectsAZeroLossNamingRunAndEpoch() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LossCurves.losses("", Map.of("exact", new double[] {1, 0}), true));
        assertEquals("losses: run \"exact\" expected losses > 0 for a logarithmic y axis, got 0.0 at epoch 1", e.getMessage());
    }

    @Test
    void nonFiniteLossIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> LossCurves.loss("", new double[] {1, Double.POSITIVE_INFINITY}));
        assertEquals("loss: history expected finite values, got Infinity at index 1", e.getMessage());
    }

    @Test
    void longHistoriesGetRoundEpochTicksOnLinearAndLogAxes() {
        double[] history = new double[60];
        for (int e = 0; e < history.length; e++) {
            history[e] = Math.exp(-0.1 * e);
        }
        XYChart linear = LossCurves.loss("", history);
        assertEquals(List.of("loss", ChartStyle.ROUND_TICKS), List.copyOf(linear.getSeriesMap().keySet()));
        assertEquals(false, linear.getSeriesMap().get(ChartStyle.ROUND_TICKS).isShowInLegend());
        XYChart log = LossCurves.losses("", Map.of("run", history), true);
        assertTrue(Plots.png(log).length > 0);
        assertEquals(1, LossCurves.loss("", new double[] {3, 2, 1}).getSeriesMap().size());
    }
}

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
import org.knowm.xchart.XYSeries;

class HistogramsTest {

    private static final double[] VALUES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 10};

    /** The bar heights of a histogram series: the y value at every left bar top (eⱼ, cⱼ), in bin order. */
    private static double[] barHeights(XYSeries series) {
        double[] y = series.getYData();
        double[] heights = new double[(y.length - 1) / 4];
        for (int j = 0; j < heights.length; j++) {
            heights[j] = y[4 * j + 2];
        }
        return heights;
    }

    @Test
    void fiveBinsOverZeroToTenCountTwoValuesEach() {
        // w = 2: [0,2) {0,1}, [2,4) {2,3}, [4,6) {4,5}, [6,8) {6,7}, [8,10] {8,10}
        assertArrayEquals(new int[] {2, 2, 2, 2, 2}, Histograms.counts(VALUES, 5));
    }

    @Test
    void aValueOnAnInnerEdgeGoesToTheBinOnItsRight() {
        // [0, 10] in 4 bins of width 2.5: 2.5 and 5 open bins 1 and 2; 10 closes the last bin
        assertArrayEquals(new int[] {1, 1, 2, 1}, Histograms.counts(new double[] {0, 2.5, 5, 7, 10}, 4));
    }

    @Test
    void theMaximumFallsIntoTheClosedLastBin() {
        assertArrayEquals(new int[] {1, 3}, Histograms.counts(new double[] {1, 3, 3, 2}, 2));
    }

    @Test
    void equalValuesAreCentredInARangeOfWidthOne() {
        // range [2.5, 3.5], 3 bins: 3 lies in the middle bin [2.833…, 3.166…)
        assertArrayEquals(new int[] {0, 2, 0}, Histograms.counts(new double[] {3, 3}, 3));
        assertArrayEquals(new double[] {2.5, 3.5}, Histograms.edges(new double[] {3}, 1));
    }

    @Test
    void edgesAreEquallySpacedAndEndAtTheMaximum() {
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 10}, Histograms.edges(VALUES, 5), 1e-12);
        double[] edges = Histograms.edges(new double[] {0, 0.3}, 3);
        assertEquals(0.3, edges[3]);
    }

    @Test
    void countsSumToTheNumberOfValues() {
        double[] values = {-1.5, 0.1, 0.2, 7, 7, 7, 3.3, 2.2, -0.4};
        int total = 0;
        for (int count : Histograms.counts(values, 7)) {
            total += count;
        }
        assertEquals(values.length, total);
    }

    @Test
    void histogramDrawsTheCountsAsBarHeights() {
        XYChart chart = Histograms.histogram("digits", new double[] {1, 3, 3, 2}, 2);
        XYSeries bars = chart.getSeriesMap().values().iterator().next();
        assertArrayEquals(new double[] {1, 3}, barHeights(bars));
        assertEquals("count", chart.getYAxisTitle());
        assertFalse(chart.getStyler().isLegendVisible());
        assertEquals(600, chart.getWidth());
        assertEquals(400, chart.getHeight());
    }

    @Test
    void groupsShareTheBinsOfTheirCommonRangeAndAreListedInOrder() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("small", new double[] {0, 1, 1});
        groups.put("large", new double[] {3, 4});
        XYChart chart = Histograms.histogram("", groups, 4);
        // common range [0, 4], width 1: small → {1, 2, 0, 0}, large → {0, 0, 0, 2}
        assertEquals(List.of("small", "large"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {1, 2, 0, 0}, barHeights(chart.getSeriesMap().get("small")));
        assertArrayEquals(new double[] {0, 0, 0, 2}, barHeights(chart.getSeriesMap().get("large")));
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(Histograms.histogram("h", VALUES, 4)),
                Plots.png(Histograms.histogram("h", VALUES, 4)));
    }

    @Test
    void zeroBinsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Histograms.histogram("", VALUES, 0));
        assertEquals("histogram: bins expected >= 1, got 0", e.getMessage());
    }

    @Test
    void infiniteValueIsRejectedWithItsIndex() {
        double[] values = {1, Double.POSITIVE_INFINITY};
        var e = assertThrows(IllegalArgumentException.class, () -> Histograms.counts(values, 3));
        assertEquals("counts: values expected finite values, got Infinity at index 1", e.getMessage());
    }

    @Test
    void emptyValuesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Histograms.histogram("", new double[0], 3));
        assertEquals("histogram: values expected at least one value, got an empty array", e.getMessage());
    }

    @Test
    void nanInAGroupIsRejectedNamingTheGroup() {
        Map<String, double[]> groups = new LinkedHashMap<>();
        groups.put("a", new double[] {1});
        groups.put("b", new double[] {Double.NaN});
        var e = assertThrows(IllegalArgumentException.class, () -> Histograms.histogram("", groups, 3));
        assertEquals("histogram: group \"b\" expected finite values, got NaN at index 0", e.getMessage());
    }

    @Test
    void emptyGroupMapIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Histograms.histogram("", Map.of(), 3));
        assertEquals("histogram: groups expected at least one name → values entry, got an empty map", e.getMessage());
    }
}

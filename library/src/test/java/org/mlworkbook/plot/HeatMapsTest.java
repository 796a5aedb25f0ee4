package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

class HeatMapsTest {

    private static final List<String> CLASSES = List.of("cat", "dog", "fox");
    private static final int[][] COUNTS = {{5, 1, 0}, {2, 7, 1}, {0, 0, 9}};

    /** The value XChart draws in the cell at the given row label and column label. */
    private static double cell(HeatMapChart chart, String rowLabel, String columnLabel) {
        HeatMapSeries series = chart.getHeatMapSeries();
        int x = series.getXData().indexOf(columnLabel);
        int y = series.getYData().indexOf(rowLabel);
        Map<String, Double> cells = new HashMap<>();
        for (Number[] cell : series.getHeatData()) {
            cells.put(cell[0].intValue() + "," + cell[1].intValue(), cell[2].doubleValue());
        }
        return cells.get(x + "," + y);
    }

    @Test
    void heatMapPutsEachValueUnderItsRowAndColumnLabel() {
        double[][] values = {{1, 2, 3}, {4, 5, 6}};
        HeatMapChart chart = HeatMaps.heatMap("m", values, new String[] {"a", "b", "c"}, new String[] {"r0", "r1"});
        assertEquals(2.0, cell(chart, "r0", "b"));
        assertEquals(6.0, cell(chart, "r1", "c"));
        assertEquals(List.of("a", "b", "c"), chart.getHeatMapSeries().getXData());
        assertEquals(600, chart.getWidth());
        assertEquals(400, chart.getHeight());
    }

    @Test
    void heatMapListsRowZeroAtTheTopLikeAWrittenMatrix() {
        HeatMapChart chart = HeatMaps.heatMap("", new double[][] {{1}, {2}, {3}}, new String[] {"c"},
                new String[] {"first", "second", "third"});
        // XChart draws y index 0 at the bottom
        assertEquals(List.of("third", "second", "first"), chart.getHeatMapSeries().getYData());
    }

    @Test
    void smallHeatMapsShowTheirValuesAndLargeOnesDoNot() {
        assertTrue(HeatMaps.heatMap("", new double[10][10], labels(10), labels(10)).getStyler().isShowValue());
        assertFalse(HeatMaps.heatMap("", new double[10][11], labels(11), labels(10)).getStyler().isShowValue());
    }

    private static String[] labels(int n) {
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = String.valueOf(i);
        }
        return labels;
    }

    @Test
    void confusionMatrixHasTrueClassRowsAndPredictedClassColumns() {
        HeatMapChart chart = HeatMaps.confusionMatrix("pets", COUNTS, CLASSES);
        assertEquals(1.0, cell(chart, "cat", "dog"));   // a cat predicted as a dog
        assertEquals(2.0, cell(chart, "dog", "cat"));   // a dog predicted as a cat
        assertEquals(9.0, cell(chart, "fox", "fox"));
        assertEquals("predicted", chart.getXAxisTitle());
        assertEquals("true", chart.getYAxisTitle());
        assertTrue(chart.getStyler().isShowValue());
        assertEquals(0.0, chart.getStyler().getMin());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(HeatMaps.confusionMatrix("c", COUNTS, CLASSES)),
                Plots.png(HeatMaps.confusionMatrix("c", COUNTS, CLASSES)));
    }

    @Test
    void confusionMatrixOfTheWrongSizeIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HeatMaps.confusionMatrix("", new int[][] {{1, 2}, {3, 4}}, CLASSES));
        assertEquals("confusionMatrix: counts expected 3×3 (one row and column per class), got 2 rows",
                e.getMessage());
    }

    @Test
    void raggedConfusionMatrixIsRejectedNamingTheRow() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HeatMaps.confusionMatrix("", new int[][] {{1, 2, 3}, {3, 4}, {5, 6, 7}}, CLASSES));
        assertEquals("confusionMatrix: counts expected 3×3 (one row and column per class), got row 1 of length 2",
                e.getMessage());
    }

    @Test
    void negativeCountIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> HeatMaps.confusionMatrix("", new int[][] {{1, 0}, {-1, 2}}, List.of("a", "b")));
        assertEquals("confusionMatrix: counts expected values >= 0, got -1 at [1][0]", e.getMessage());
    }

    @Test
    void raggedMatrixIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> HeatMaps.heatMap("",
                new double[][] {{1, 2}, {3}}, new String[] {"a", "b"}, new String[] {"r0", "r1"}));
        assertEquals("heatMap: values expected rows of length 2, got length 1 at row 1", e.getMessage());
    }

    @Test
    void nanCellIsRejectedWithItsPosition() {
        var e = assertThrows(IllegalArgumentException.class, () -> HeatMaps.heatMap("",
                new double[][] {{1, 2}, {3, Double.NaN}}, new String[] {"a", "b"}, new String[] {"r0", "r1"}));
        assertEquals("heatMap: values expected finite values, got NaN at [1][1]", e.getMessage());
    }

    @Test
    void wrongNumberOfColumnLabelsIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> HeatMaps.heatMap("",
                new double[][] {{1, 2}}, new String[] {"a"}, new String[] {"r0"}));
        assertEquals("heatMap: columnLabels expected 2 labels (one per matrix columns), got 1", e.getMessage());
    }
}

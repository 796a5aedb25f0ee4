package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DiagramsTest {

    /** The fill colours of the blocks in the row at height y, left to right. */
    private static List<Color> rowColours(XYChart chart, double y) {
        List<XYSeries> row = new ArrayList<>();
        for (XYSeries block : chart.getSeriesMap().values()) {
            if (block.getYMin() < y && y < block.getYMax()) {
                row.add(block);
            }
        }
        row.sort((a, b) -> Double.compare(a.getXMin(), b.getXMin()));
        List<Color> colours = new ArrayList<>();
        for (XYSeries block : row) {
            colours.add(block.getFillColor());
        }
        return colours;
    }

    @Test
    void splitIValidatesOnFoldIAndTrainsOnTheOthers() {
        int k = 4;
        XYChart chart = Diagrams.kFold(k);
        Color training = Plots.color(0);
        Color validation = Plots.color(1);
        for (int split = 1; split <= k; split++) {
            List<Color> expected = new ArrayList<>();
            for (int fold = 1; fold <= k; fold++) {
                expected.add(fold == split ? validation : training);
            }
            assertEquals(expected, rowColours(chart, k - split), "split " + split);
        }
    }

    @Test
    void topRowShowsTheFoldsAndTheHeldOutTestBlock() {
        XYChart chart = Diagrams.kFold(3);
        List<Color> top = rowColours(chart, 3.25);
        assertEquals(4, top.size());
        assertEquals(Plots.color(2), top.get(3));
    }

    @Test
    void legendNamesTheThreeKindsOfBlock() {
        List<String> legend = new ArrayList<>();
        for (XYSeries block : Diagrams.kFold(5).getSeriesMap().values()) {
            if (block.isShowInLegend()) {
                legend.add(block.getName());
            }
        }
        assertEquals(List.of("training folds", "validation fold", "held-out test set"), legend);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 20})
    void everyKFromTwoToTwentyDrawsKRowsOfKFoldsPlusTheTopRow(int k) {
        XYChart chart = Diagrams.kFold(k);
        assertEquals(k * k + k + 1, chart.getSeriesMap().size());
        assertEquals(k + "-fold cross-validation", chart.getTitle());
        assertEquals(600, chart.getWidth());
    }

    @Test
    void sameKGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(Diagrams.kFold(5)), Plots.png(Diagrams.kFold(5)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 21})
    void kOutsideTwoToTwentyIsRejected(int k) {
        var e = assertThrows(IllegalArgumentException.class, () -> Diagrams.kFold(k));
        assertEquals("kFold: k expected 2..20, got " + k, e.getMessage());
    }
}

package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.mlworkbook.model.Classifier;
import org.mlworkbook.tensor.Tensor;

class DecisionBoundariesTest {

    /** Predicts class 1 right of x₁ = 0.5, class 0 left of it. */
    private static final Classifier VERTICAL_LINE = new Classifier() {
        @Override
        public Classifier fit(Tensor x, int[] y) {
            return this;
        }

        @Override
        public int[] predict(Tensor x) {
            int[] labels = new int[x.rows()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = x.get(i, 0) > 0.5 ? 1 : 0;
            }
            return labels;
        }

        @Override
        public Tensor predictProba(Tensor x) {
            throw new UnsupportedOperationException();
        }
    };

    private static final Tensor X = Tensor.of(new double[][] {{0, 0}, {1, 2}, {0.2, 1}, {0.9, 0.5}});
    private static final int[] Y = {0, 1, 0, 0};
    private static final List<String> NAMES = List.of("left", "right");

    @Test
    void regionsFollowThePredictionsOnTheGrid() {
        XYChart chart = DecisionBoundaries.plot("", VERTICAL_LINE, X, Y, NAMES);
        XYSeries left = chart.getSeriesMap().get("region 0");
        XYSeries right = chart.getSeriesMap().get("region 1");
        assertEquals(DecisionBoundaries.GRID_COLUMNS * DecisionBoundaries.GRID_ROWS,
                left.getXData().length + right.getXData().length);
        for (double x : left.getXData()) {
            assertTrue(x <= 0.5, "left cell at " + x);
        }
        for (double x : right.getXData()) {
            assertTrue(x > 0.5, "right cell at " + x);
        }
        assertFalse(left.isShowInLegend());
    }

    @Test
    void pointsAreDrawnOnTopByTrueClassNamedInTheLegend() {
        XYChart chart = DecisionBoundaries.plot("", VERTICAL_LINE, X, Y, NAMES);
        List<String> keys = List.copyOf(chart.getSeriesMap().keySet());
        assertEquals(List.of("region 0", "region 1", "left", "right"), keys);
        assertArrayEquals(new double[] {0, 0.2, 0.9}, chart.getSeriesMap().get("left").getXData());
        assertArrayEquals(new double[] {2}, chart.getSeriesMap().get("right").getYData());
        assertEquals(Plots.color(1), chart.getSeriesMap().get("right").getMarkerColor());
        assertTrue(chart.getSeriesMap().get("left").isShowInLegend());
    }

    @Test
    void gridSpansTheDataPlusFivePercentOnEachSide() {
        XYChart chart = DecisionBoundaries.plot("", VERTICAL_LINE, X, Y, NAMES, "a", "b");
        assertEquals(-0.05, chart.getStyler().getXAxisMin(), 1e-12);
        assertEquals(1.05, chart.getStyler().getXAxisMax(), 1e-12);
        assertEquals(-0.1, chart.getStyler().getYAxisMin(), 1e-12);
        assertEquals(2.1, chart.getStyler().getYAxisMax(), 1e-12);
        assertEquals("a", chart.getXAxisTitle());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(DecisionBoundaries.plot("d", VERTICAL_LINE, X, Y, NAMES)),
                Plots.png(DecisionBoundaries.plot("d", VERTICAL_LINE, X, Y, NAMES)));
    }

    @Test
    void rejectsThreeFeaturesAndUnnamedLabels() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundaries.plot("", VERTICAL_LINE, Tensor.zeros(4, 3), Y, NAMES));
        assertTrue(e.getMessage().contains("n×2") && e.getMessage().contains("[4, 3]"), e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> DecisionBoundaries.plot("", VERTICAL_LINE, X, new int[] {0, 1, 2, 0}, NAMES));
        assertTrue(f.getMessage().contains("got 2 at index 2"), f.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DecisionBoundaries.plot("", VERTICAL_LINE, X, Y, List.of("one")));
    }
}

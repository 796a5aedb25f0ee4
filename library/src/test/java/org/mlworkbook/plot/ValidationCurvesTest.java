package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.mlworkbook.model.FoldScores;

class ValidationCurvesTest {

    private static final double[] K = {1, 3, 5};
    private static final double[] TRAIN = {1, 0.95, 0.9};
    private static final double[] VALIDATION = {0.8, 0.85, 0.84};

    @Test
    void plainCurvesAreTrainAndValidationOverTheParameter() {
        XYChart chart = ValidationCurves.plot("choosing k", "k", K, TRAIN, VALIDATION);
        assertEquals(List.of("train", "validation"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(K, chart.getSeriesMap().get("train").getXData());
        assertArrayEquals(VALIDATION, chart.getSeriesMap().get("validation").getYData());
        assertEquals("k", chart.getXAxisTitle());
        assertEquals("score", chart.getYAxisTitle());
    }

    @Test
    void bandsRunFromMeanPlusStdForwardsToMeanMinusStdBackwards() {
        XYChart chart = ValidationCurves.plot("", "k", K, TRAIN, new double[] {0, 0.01, 0.02}, VALIDATION,
                new double[] {0.1, 0.05, 0.04});
        XYSeries band = chart.getSeriesMap().get("validation ± std");
        assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
        assertArrayEquals(new double[] {1, 3, 5, 5, 3, 1}, band.getXData());
        assertArrayEquals(new double[] {0.9, 0.9, 0.88, 0.8, 0.8, 0.7}, band.getYData(), 1e-12);
        assertFalse(band.isShowInLegend());
    }

    @Test
    void foldScoresGiveTheirMeansAndPopulationStds() {
        List<FoldScores> scores = List.of(new FoldScores(new double[] {1, 1}, new double[] {0.6, 0.8}),
                new FoldScores(new double[] {0.9, 0.7}, new double[] {0.7, 0.7}));
        XYChart chart = ValidationCurves.plot("", "k", new double[] {1, 2}, scores);
        assertArrayEquals(new double[] {0.7, 0.7}, chart.getSeriesMap().get("validation").getYData(), 1e-12);
        assertArrayEquals(new double[] {1, 0.8}, chart.getSeriesMap().get("train").getYData(), 1e-12);
        assertArrayEquals(new double[] {0.8, 0.7, 0.7, 0.6}, chart.getSeriesMap().get("validation ± std").getYData(), 1e-12);
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(ValidationCurves.plot("v", "k", K, TRAIN, VALIDATION)),
                Plots.png(ValidationCurves.plot("v", "k", K, TRAIN, VALIDATION)));
    }

    @Test
    void mismatchedLengthsAndNegativeStdsAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ValidationCurves.plot("", "k", K, TRAIN, new double[] {0.8}));
        assertEquals("plot: values and validation scores expected the same length, got values [3] and validation scores [1]",
                e.getMessage());
        var s = assertThrows(IllegalArgumentException.class,
                () -> ValidationCurves.plot("", "k", K, TRAIN, new double[] {0, -1, 0}, VALIDATION, new double[3]));
        assertEquals("plot: trainStd expected values >= 0, got -1.0 at index 1", s.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ValidationCurves.plot("", " ", K, TRAIN, VALIDATION));
    }
}

package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class CurvesTest {

    private static final double[] FPR = {0, 0, 0.5, 1};
    private static final double[] TPR = {0, 0.5, 1, 1};

    @Test
    void rocHasTheChanceDiagonalAndTheAucInTheLegend() {
        XYChart chart = Curves.roc("ROC", FPR, TPR, 0.875);
        assertEquals(List.of("chance", "AUC = 0.88"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries chance = chart.getSeriesMap().get("chance");
        assertArrayEquals(new double[] {0, 1}, chance.getXData());
        assertArrayEquals(new double[] {0, 1}, chance.getYData());
        assertEquals(2, chance.getLineStyle().getDashArray().length);
        assertArrayEquals(TPR, chart.getSeriesMap().get("AUC = 0.88").getYData());
        assertEquals("false positive rate", chart.getXAxisTitle());
        assertEquals("true positive rate", chart.getYAxisTitle());
    }

    @Test
    void bothAxesOfBothCurvesSpanZeroToOne() {
        for (XYChart chart : List.of(Curves.roc("", FPR, TPR, 0.5),
                Curves.precisionRecall("", TPR, new double[] {1, 1, 0.5, 0.5}, 0.9))) {
            assertEquals(0.0, chart.getStyler().getXAxisMin());
            assertEquals(1.0, chart.getStyler().getXAxisMax());
            assertEquals(0.0, chart.getStyler().getYAxisMin());
            assertEquals(1.0, chart.getStyler().getYAxisMax());
        }
    }

    @Test
    void precisionRecallPutsRecallOnXAndTheApInTheLegend() {
        double[] recall = {0, 0.5, 1};
        double[] precision = {1, 1, 2.0 / 3};
        XYChart chart = Curves.precisionRecall("PR", recall, precision, 0.9133);
        XYSeries curve = chart.getSeriesMap().get("AP = 0.91");
        assertArrayEquals(recall, curve.getXData());
        assertArrayEquals(precision, curve.getYData());
        assertEquals("recall", chart.getXAxisTitle());
        assertEquals("precision", chart.getYAxisTitle());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(Curves.roc("r", FPR, TPR, 0.875)), Plots.png(Curves.roc("r", FPR, TPR, 0.875)));
    }

    @Test
    void rateAboveOneIsRejectedWithItsIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Curves.roc("", FPR, new double[] {0, 0.5, 1.5, 1}, 0.9));
        assertEquals("roc: tpr expected values in [0, 1], got 1.5 at index 2", e.getMessage());
    }

    @Test
    void lengthMismatchNamesBothLengths() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Curves.precisionRecall("", new double[] {0, 1}, new double[] {1}, 0.9));
        assertEquals("precisionRecall: recall and precision expected the same length, got recall [2] and "
                + "precision [1]", e.getMessage());
    }

    @Test
    void nanAucIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Curves.roc("", FPR, TPR, Double.NaN));
        assertEquals("roc: auc expected a value in [0, 1], got NaN", e.getMessage());
    }
}

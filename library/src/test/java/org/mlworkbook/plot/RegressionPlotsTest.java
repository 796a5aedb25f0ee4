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
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;

class RegressionPlotsTest {

    private static final double[] X = {0, 1, 2};
    private static final double[] Y = {1, 2, 4};
    private static final double[] GRID = {0, 2};

    @Test
    void fitShowsTheDataAsPointsAndTheFitAsALine() {
        XYChart chart = RegressionPlots.fit("OLS", X, Y, GRID, new double[] {5.0 / 6, 5.0 / 6 + 3});
        assertEquals(List.of("data", "fit"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries data = chart.getSeriesMap().get("data");
        assertEquals(XYSeriesRenderStyle.Scatter, data.getXYSeriesRenderStyle());
        assertArrayEquals(Y, data.getYData());
        XYSeries fit = chart.getSeriesMap().get("fit");
        assertEquals(XYSeriesRenderStyle.Line, fit.getXYSeriesRenderStyle());
        assertArrayEquals(GRID, fit.getXData());
        assertEquals("x", chart.getXAxisTitle());
    }

    @Test
    void fitsKeepTheCurvesInMapOrderAfterTheData() {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("degree 3", new double[] {1, 4});
        curves.put("degree 1", new double[] {1, 3});
        XYChart chart = RegressionPlots.fits("", X, Y, GRID, curves);
        assertEquals(List.of("data", "degree 3", "degree 1"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    @Test
    void curveNamedDataIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> RegressionPlots.fits("", X, Y, GRID, Map.of("data", new double[] {1, 2})));
        assertTrue(e.getMessage().startsWith("fits: curves expected names other than \"data\""), e.getMessage());
    }

    @Test
    void curveOfAnotherLengthThanItsGridIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionPlots.fit("", X, Y, GRID, new double[] {1}));
        assertEquals("fit: curveX and curveY expected the same length, got curveX [2] and curveY [1]", e.getMessage());
    }

    @Test
    void residualsAreActualMinusPredictedAroundAZeroLine() {
        XYChart chart = RegressionPlots.residuals("", new double[] {1, 3, 2}, new double[] {1.5, 2, 2});
        assertArrayEquals(new double[] {0.5, -1, 0}, chart.getSeriesMap().get("y").getYData(), 1e-15);
        XYSeries zero = chart.getSeriesMap().get("zero");
        assertArrayEquals(new double[] {1, 3}, zero.getXData());
        assertArrayEquals(new double[] {0, 0}, zero.getYData());
    }

    @Test
    void coefficientPathsDrawOneLinePerFeatureOnALogarithmicAlphaAxis() {
        double[][] w = {{3, -2}, {1, -0.5}, {0, 0}};
        XYChart chart = RegressionPlots.coefficientPaths("Lasso", new double[] {0.1, 1, 10}, w, new String[] {"bmi", "age"});
        assertArrayEquals(new double[] {-2, -0.5, 0}, chart.getSeriesMap().get("age").getYData());
        assertTrue(chart.getStyler().isXAxisLogarithmic());
        assertEquals(LegendPosition.OutsideE, chart.getStyler().getLegendPosition());
    }

    @Test
    void coefficientPathsRejectANonPositiveAlpha() {
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionPlots.coefficientPaths("",
                new double[] {0, 1}, new double[][] {{1}, {0}}, new String[] {"x"}));
        assertEquals("coefficientPaths: alphas expected values > 0 (logarithmic axis), got 0.0 at index 0", e.getMessage());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        assertArrayEquals(Plots.png(RegressionPlots.fit("f", X, Y, GRID, new double[] {1, 4})),
                Plots.png(RegressionPlots.fit("f", X, Y, GRID, new double[] {1, 4})));
    }
}

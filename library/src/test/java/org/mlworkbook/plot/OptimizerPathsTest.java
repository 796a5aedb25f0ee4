package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class OptimizerPathsTest {

    private static final DoubleBinaryOperator BOWL = (x, y) -> x * x + 10 * y * y;
    private static final double[] RANGE = {-2, 2};

    private static Map<String, double[][]> twoPaths() {
        Map<String, double[][]> paths = new LinkedHashMap<>();
        paths.put("sgd", new double[][] {{-1.5, 1}, {-1.2, -0.8}, {-1, 0.6}, {-0.8, -0.4}});
        paths.put("adam", new double[][] {{-1.5, 1}, {-1, 0.5}, {-0.5, 0.1}});
        return paths;
    }

    @Test
    void eachPathIsALineWithStartAndEndMarkersAndOnlyPathsAreInTheLegend() {
        XYChart chart = OptimizerPaths.paths("bowl", BOWL, RANGE, RANGE, twoPaths());
        Map<String, XYSeries> series = chart.getSeriesMap();
        assertArrayEquals(new double[] {-1.5, -1.2, -1, -0.8}, series.get("sgd").getXData());
        assertArrayEquals(new double[] {-0.5}, series.get("adam end").getXData());
        assertArrayEquals(new double[] {1}, series.get("adam start").getYData());
        List<String> legend = series.values().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName).toList();
        assertEquals(List.of("sgd", "adam"), legend);
        assertEquals(-2.0, chart.getStyler().getXAxisMin());
        assertEquals(2.0, chart.getStyler().getYAxisMax());
    }

    @Test
    void contourPointsLieOnTheirLevel() {
        XYChart chart = OptimizerPaths.paths("", BOWL, RANGE, RANGE, twoPaths());
        long levels = chart.getSeriesMap().keySet().stream().filter(name -> name.startsWith("level ")).count();
        assertEquals(OptimizerPaths.LEVELS, levels);
        XYSeries first = chart.getSeriesMap().get("level 1");
        double[] x = first.getXData();
        double[] y = first.getYData();
        // the segment ends of one level all have (nearly) the same loss: the level, up to interpolation error
        double level = BOWL.applyAsDouble(x[0], y[0]);
        for (int p = 0; p < x.length; p++) {
            if (!Double.isNaN(x[p])) {
                assertEquals(level, BOWL.applyAsDouble(x[p], y[p]), 0.02 * level + 0.01, "point " + p);
            }
        }
        assertTrue(Double.isNaN(x[2]), "segments are separated by gaps");
    }

    @Test
    void aFlatSurfaceHasNoContoursButStillDrawsThePaths() {
        XYChart chart = OptimizerPaths.paths("", (x, y) -> 1, RANGE, RANGE, twoPaths());
        assertFalse(chart.getSeriesMap().keySet().stream().anyMatch(name -> name.startsWith("level ")));
        assertTrue(Plots.png(chart).length > 0);
    }

    @Test
    void theSameInputDrawsTheSamePicture() {
        assertArrayEquals(Plots.png(OptimizerPaths.paths("", BOWL, RANGE, RANGE, twoPaths())),
                Plots.png(OptimizerPaths.paths("", BOWL, RANGE, RANGE, twoPaths())));
    }

    @Test
    void badArgumentsAreRejected() {
        var range = assertThrows(IllegalArgumentException.class,
                () -> OptimizerPaths.paths("", BOWL, new double[] {1, 0}, RANGE, twoPaths()));
        assertEquals("paths: xRange expected {min, max}, finite, min < max, got [1.0, 0.0]", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OptimizerPaths.paths("", BOWL, RANGE, null, twoPaths()));
        assertThrows(IllegalArgumentException.class, () -> OptimizerPaths.paths("", null, RANGE, RANGE, twoPaths()));
        assertThrows(IllegalArgumentException.class, () -> OptimizerPaths.paths("", BOWL, RANGE, RANGE, Map.of()));
        var point = assertThrows(IllegalArgumentException.class, () -> OptimizerPaths.paths("", BOWL, RANGE, RANGE,
                Map.of("gd", new double[][] {{0, 0}, {1}})));
        assertEquals("paths: path \"gd\" expected points {x, y} of finite numbers, got [1.0] at step 1", point.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> OptimizerPaths.paths("", BOWL, RANGE, RANGE, Map.of("gd", new double[0][])));
        var log = assertThrows(IllegalArgumentException.class,
                () -> OptimizerPaths.paths("", (x, y) -> Math.log(x), RANGE, RANGE, twoPaths()));
        assertTrue(log.getMessage().startsWith("paths: loss expected finite values on the grid, got NaN at (-2.0"),
                log.getMessage());
    }
}

package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.None;

class PlotsTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final double[] X = {0, 1, 2, 3};
    private static final double[] Y = {0, 1, 4, 9};

    private static List<String> seriesNames(XYChart chart) {
        return List.copyOf(chart.getSeriesMap().keySet());
    }

    private static XYSeries series(XYChart chart, String name) {
        return chart.getSeriesMap().get(name);
    }

    @Test
    void everyChartIs600By400() {
        XYChart chart = Plots.line("y = x²", X, Y);
        assertEquals(600, chart.getWidth());
        assertEquals(400, chart.getHeight());
        assertEquals("y = x²", chart.getTitle());
    }

    @Test
    void pngStartsWithThePngSignature() {
        byte[] png = Plots.png(Plots.line("y = x²", X, Y));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, PNG_SIGNATURE.length));
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        String[] groups = {"a", "b", "a", "c"};
        byte[] first = Plots.png(Plots.axes(Plots.scatter("groups", X, Y, groups), "x", "y"));
        byte[] second = Plots.png(Plots.axes(Plots.scatter("groups", X, Y, groups), "x", "y"));
        assertArrayEquals(first, second);
    }

    @Test
    void pngDrawsWithPureStrokesSoCurvesAreNotSnappedToPixels() {
        Object[] strokeControl = new Object[1];
        XYChart chart = new XYChart(60, 40) {
            @Override
            public void paint(Graphics2D graphics, int width, int height) {
                strokeControl[0] = graphics.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
                super.paint(graphics, width, height);
            }
        };
        chart.addSeries("y", X, Y);
        Plots.png(chart);
        assertEquals(RenderingHints.VALUE_STROKE_PURE, strokeControl[0]);
    }

    @Test
    void differentDataGiveADifferentPng() {
        assertNotEquals(Arrays.toString(Plots.png(Plots.line("", X, Y))),
                Arrays.toString(Plots.png(Plots.line("", X, X))));
    }

    @Test
    void lineHasNoMarkersAndScatterHasMarkersWithoutLines() {
        XYSeries line = series(Plots.line("", X, Y), "y");
        XYSeries points = series(Plots.scatter("", X, Y), "y");
        assertTrue(line.getMarker() instanceof None);
        assertEquals(XYSeriesRenderStyle.Line, line.getXYSeriesRenderStyle());
        assertFalse(points.getMarker() instanceof None);
        assertEquals(XYSeriesRenderStyle.Scatter, points.getXYSeriesRenderStyle());
    }

    @Test
    void aSingleSeriesHasNoLegend() {
        assertFalse(Plots.line("", X, Y).getStyler().isLegendVisible());
        assertFalse(Plots.scatter("", X, Y).getStyler().isLegendVisible());
    }

    @Test
    void namedLinesKeepInsertionOrderAndTakeTheColourCycle() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train", Y);
        series.put("validation", X);
        series.put("baseline", Y);
        XYChart chart = Plots.line("loss", X, series);
        assertEquals(List.of("train", "validation", "baseline"), seriesNames(chart));
        assertEquals(Plots.color(1), series(chart, "validation").getLineColor());
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void scatterGroupsBecomeSeriesInOrderOfFirstAppearance() {
        XYChart chart = Plots.scatter("", X, Y, new String[] {"virginica", "setosa", "virginica", "versicolor"});
        assertEquals(List.of("virginica", "setosa", "versicolor"), seriesNames(chart));
        assertArrayEquals(new double[] {0, 2}, series(chart, "virginica").getXData());
        assertArrayEquals(new double[] {0, 4}, series(chart, "virginica").getYData());
        assertEquals(Plots.color(2), series(chart, "versicolor").getMarkerColor());
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void classLabelsKeepTheirColourEvenWhenAClassIsAbsent() {
        String[] classNames = {"setosa", "versicolor", "virginica"};
        XYChart chart = Plots.scatter("", X, Y, new int[] {2, 1, 2, 1}, classNames);
        assertEquals(List.of("versicolor", "virginica"), seriesNames(chart));
        assertEquals(Plots.color(2), series(chart, "virginica").getMarkerColor());
        assertEquals(Plots.color(1), series(chart, "versicolor").getMarkerColor());
    }

    @Test
    void chartsCopyTheirDataSoLaterChangesDoNotLeakIn() {
        double[] y = Y.clone();
        XYChart chart = Plots.line("", X, y);
        y[0] = 100;
        assertEquals(0, series(chart, "y").getYData()[0]);
    }

    @Test
    void axesSetsBothTitlesAndReturnsTheSameChart() {
        XYChart chart = Plots.line("", X, Y);
        assertSame(chart, Plots.axes(chart, "epoch", "loss"));
        assertEquals("epoch", chart.getXAxisTitle());
        assertEquals("loss", chart.getYAxisTitle());
    }

    @Test
    void colourCycleHasTenColoursAndWraps() {
        assertEquals(Plots.color(0), Plots.color(10));
        assertNotEquals(Plots.color(0), Plots.color(9));
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.color(-1));
        assertEquals("color: index expected >= 0, got -1", e.getMessage());
    }

    @Test
    void savePngWritesThePngBytesAndCreatesDirectories(@TempDir Path dir) throws Exception {
        XYChart chart = Plots.line("", X, Y);
        Path file = dir.resolve("figures/line.png");
        Plots.savePng(chart, file);
        assertArrayEquals(Plots.png(chart), Files.readAllBytes(file));
    }

    @Test
    void lengthMismatchNamesBothLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.line("", X, new double[] {1, 2}));
        assertEquals("line: x and y expected the same length, got x [4] and y [2]", e.getMessage());
    }

    @Test
    void nanValueIsRejectedWithItsIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.scatter("", X, new double[] {0, Double.NaN, 1, 2}));
        assertEquals("scatter: y expected finite values, got NaN at index 1", e.getMessage());
    }

    @Test
    void emptyDataIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.line("", new double[0], new double[0]));
        assertEquals("line: x expected at least one value, got an empty array", e.getMessage());
    }

    @Test
    void namedSeriesOfTheWrongLengthIsNamedInTheMessage() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("train", new double[] {1, 2});
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.line("", X, series));
        assertEquals("line: x and series \"train\" expected the same length, got x [4] and series \"train\" [2]",
                e.getMessage());
    }

    @Test
    void labelOutsideTheClassNamesIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.scatter("", X, Y, new int[] {0, 1, 3, 0}, new String[] {"a", "b", "c"}));
        assertEquals("scatter: labels expected values in 0..2 (one per class name), got 3 at index 2", e.getMessage());
    }

    @Test
    void repeatedClassNameIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.scatter("", X, Y, new int[4], new String[] {"a", "a"}));
        assertEquals("scatter: classNames expected distinct names, got \"a\" twice", e.getMessage());
    }

    @Test
    void blankGroupLabelIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Plots.scatter("", X, Y, new String[] {"a", " ", "a", "b"}));
        assertEquals("scatter: groups expected non-blank labels, got \" \" at index 1", e.getMessage());
    }

    @Test
    void nullTitleIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Plots.line(null, X, Y));
        assertEquals("line: title expected a string (empty for none), got null", e.getMessage());
    }
}

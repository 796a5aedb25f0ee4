package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class BarsTest {

    private static final String[] CLASSES = {"setosa", "versicolor", "virginica"};

    @Test
    void barsKeepTheOrderOfCategoriesAndValues() {
        CategoryChart chart = Bars.bar("class counts", CLASSES, new double[] {50, 48, 52});
        CategorySeries series = chart.getSeriesMap().values().iterator().next();
        assertEquals(List.of("setosa", "versicolor", "virginica"), List.copyOf(series.getXData()));
        assertEquals(List.of(50.0, 48.0, 52.0), List.copyOf(series.getYData()));
        assertEquals(Plots.color(0), series.getFillColor());
        assertEquals(600, chart.getWidth());
        assertEquals(400, chart.getHeight());
    }

    @Test
    void longCategoryNamesAreTurnedSoTheyDoNotOverlapAndShortOnesStayLevel() {
        String[] features = {"alcohol", "malic_acid", "ash", "alcalinity_of_ash", "magnesium", "total_phenols",
                "flavanoids", "nonflavanoid_phenols", "proanthocyanins", "color_intensity", "hue",
                "od280/od315_of_diluted_wines", "proline"};
        assertEquals(45, Bars.bar("", features, new double[13]).getStyler().getXAxisLabelRotation());
        assertEquals(0, Bars.bar("", new String[] {"cat", "dog", "rabbit"}, new double[3]).getStyler().getXAxisLabelRotation());
    }

    @Test
    void barsCopyTheirDataSoLaterChangesDoNotLeakIn() {
        String[] categories = CLASSES.clone();
        double[] values = {1, 2, 3};
        CategoryChart chart = Bars.bar("", categories, values);
        categories[0] = "changed";
        values[0] = 100;
        CategorySeries series = chart.getSeriesMap().values().iterator().next();
        assertEquals("setosa", series.getXData().iterator().next());
        assertEquals(1.0, series.getYData().iterator().next());
    }

    @Test
    void sameInputGivesByteIdenticalPng() {
        double[] values = {0.5, -0.25, 1};
        assertArrayEquals(Plots.png(Bars.bar("b", CLASSES, values)), Plots.png(Bars.bar("b", CLASSES, values)));
    }

    @Test
    void lengthMismatchNamesBothLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> Bars.bar("", CLASSES, new double[] {1, 2}));
        assertEquals("bar: categories and values expected the same length, got categories [3] and values [2]",
                e.getMessage());
    }

    @Test
    void nanValueIsRejectedWithItsIndex() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Bars.bar("", CLASSES, new double[] {1, Double.NaN, 2}));
        assertEquals("bar: values expected finite values, got NaN at index 1", e.getMessage());
    }

    @Test
    void repeatedCategoryIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Bars.bar("", new String[] {"a", "b", "a"}, new double[] {1, 2, 3}));
        assertEquals("bar: categories expected distinct names, got \"a\" twice", e.getMessage());
    }

    @Test
    void noCategoriesAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> Bars.bar("", new String[0], new double[0]));
        assertEquals("bar: categories expected at least one name, got an empty array", e.getMessage());
    }
}

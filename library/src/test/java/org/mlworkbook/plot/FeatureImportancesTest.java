package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class FeatureImportancesTest {

    @Test
    void theLargestImportancesComeFirstTiesByFeatureIndex() {
        CategoryChart chart = FeatureImportances.top("", new double[] {0.1, 0.4, 0.1, 0.4, 0.0},
                List.of("a", "b", "c", "d", "e"), 3);
        CategorySeries series = chart.getSeriesMap().values().iterator().next();
        assertEquals(List.of("b", "d", "a"), List.copyOf(series.getXData()));
        assertEquals(List.of(0.4, 0.4, 0.1), List.copyOf(series.getYData()));
        assertEquals("importance", chart.getYAxisTitle());
    }

    @Test
    void withoutNamesTheFeaturesAreNumbered() {
        CategoryChart chart = FeatureImportances.top("t", new double[] {0.2, 0.8}, null, 10);
        CategorySeries series = chart.getSeriesMap().values().iterator().next();
        assertEquals(List.of("x[1]", "x[0]"), List.copyOf(series.getXData()));
    }

    @Test
    void badArgumentsAreRejected() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> FeatureImportances.top("", new double[] {0.5, -0.1}, null, 2));
        assertEquals("top: importances expected values >= 0, got -0.1 at index 1", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FeatureImportances.top("", new double[] {1}, List.of("a", "b"), 1));
        assertThrows(IllegalArgumentException.class, () -> FeatureImportances.top("", new double[] {1}, null, 0));
        assertThrows(IllegalArgumentException.class, () -> FeatureImportances.top("", new double[] {}, null, 1));
    }
}

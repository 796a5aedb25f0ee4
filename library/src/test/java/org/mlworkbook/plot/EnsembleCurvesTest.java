package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class EnsembleCurvesTest {

    @Test
    void bySizeDrawsEntryTAtTPlusOneMembers() {
        XYChart chart = EnsembleCurves.bySize("forest", Map.of("test", new double[] {0.8, 0.9, 0.95}), "accuracy");
        assertArrayEquals(new double[] {1, 2, 3}, chart.getSeriesMap().get("test").getXData());
        assertArrayEquals(new double[] {0.8, 0.9, 0.95}, chart.getSeriesMap().get("test").getYData());
        assertEquals("number of members", chart.getXAxisTitle());
        assertEquals("accuracy", chart.getYAxisTitle());
    }

    @Test
    void stagedCurvesStartAtTheGivenStageInMapOrder() {
        Map<String, double[]> curves = new LinkedHashMap<>();
        curves.put("training loss", new double[] {0.66, 0.5, 0.4});
        curves.put("test accuracy", new double[] {0.9, 0.93});
        XYChart chart = EnsembleCurves.staged("", curves, 0, "value");
        assertEquals(List.of("training loss", "test accuracy"), List.copyOf(chart.getSeriesMap().keySet()));
        assertArrayEquals(new double[] {0, 1, 2}, chart.getSeriesMap().get("training loss").getXData());
        assertArrayEquals(new double[] {5, 6}, EnsembleCurves.staged("", Map.of("a", new double[] {1, 2}), 5, "v")
                .getSeriesMap().get("a").getXData());
        assertEquals("stage", chart.getXAxisTitle());
    }

    @Test
    void badInputFailsWithAClearMessage() {
        assertThrows(IllegalArgumentException.class, () -> EnsembleCurves.bySize("", Map.of(), "y"));
        assertThrows(IllegalArgumentException.class, () -> EnsembleCurves.bySize("", null, "y"));
        assertThrows(IllegalArgumentException.class,
                () -> EnsembleCurves.bySize("", Map.of("a", new double[] {Double.NaN}), "y"));
        assertThrows(IllegalArgumentException.class, () -> EnsembleCurves.bySize("", Map.of("a", new double[0]), "y"));
        assertThrows(IllegalArgumentException.class, () -> EnsembleCurves.bySize("", Map.of(" ", new double[] {1}), "y"));
        assertEquals("staged: firstStage expected >= 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> EnsembleCurves.staged("", Map.of("a", new double[] {1}), -1, "y")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EnsembleCurves.staged("", Map.of("a", new double[] {1}), 0, null));
    }
}

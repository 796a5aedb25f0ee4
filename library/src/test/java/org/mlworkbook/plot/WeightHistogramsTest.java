package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.mlworkbook.math.Rng;
import org.mlworkbook.tensor.Tensor;

class WeightHistogramsTest {

    private static Map<String, Tensor> layers(int count) {
        Rng rng = new Rng(0);
        Map<String, Tensor> layers = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            layers.put(2 * k + ".weight", Tensor.randomNormal(rng, 0, 1.0 / (k + 1), 20, 10));
        }
        return layers;
    }

    @Test
    void eachLayerIsOneSeriesStackedTopDownInMapOrder() {
        XYChart chart = WeightHistograms.histograms(layers(3));
        assertEquals(List.of("0.weight", "2.weight", "4.weight"), List.copyOf(chart.getSeriesMap().keySet()));
        double[] top = chart.getSeriesMap().get("0.weight").getYData();
        double[] bottom = chart.getSeriesMap().get("4.weight").getYData();
        assertEquals(2, Arrays.stream(top).min().orElseThrow(), "the first layer stands on y = 2");
        assertEquals(2.75, Arrays.stream(top).max().orElseThrow(), 1e-12, "its tallest bar is 0.75 of the band");
        assertEquals(0, Arrays.stream(bottom).min().orElseThrow());
        assertEquals(4 * WeightHistograms.DEFAULT_BINS + 1, top.length);
        assertEquals(3.0, chart.getStyler().getYAxisMax());
    }

    @Test
    void allLayersShareTheBinsAndAreLabelledWithMeanAndStd() {
        Map<String, Tensor> layers = new LinkedHashMap<>();
        layers.put("a", Tensor.of(-1, 1));
        layers.put("b", Tensor.of(0, 0, 3));
        XYChart chart = WeightHistograms.histograms("weights", layers, 4);
        double[] a = chart.getSeriesMap().get("a").getXData();
        double[] b = chart.getSeriesMap().get("b").getXData();
        assertArrayEquals(a, b);
        assertEquals(3, a[0]);
        assertEquals(-1, a[1]);
        assertEquals("a: mean 0.00, std 1.00", WeightHistograms.label("a", Tensor.of(-1, 1)));
        assertEquals("b: mean 1.00, std 1.41", WeightHistograms.label("b", Tensor.of(0, 0, 3)));
    }

    @Test
    void manyLayersMakeATallerChart() {
        assertEquals(Plots.HEIGHT, WeightHistograms.histograms(layers(4)).getHeight());
        assertTrue(WeightHistograms.histograms(layers(6)).getHeight() > Plots.HEIGHT);
        assertArrayEquals(Plots.png(WeightHistograms.histograms(layers(3))), Plots.png(WeightHistograms.histograms(layers(3))));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WeightHistograms.histograms(null));
        assertThrows(IllegalArgumentException.class, () -> WeightHistograms.histograms(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> WeightHistograms.histograms("", layers(2), 0));
        Map<String, Tensor> nan = new LinkedHashMap<>();
        nan.put("0.weight", Tensor.of(1, Double.NaN));
        var e = assertThrows(IllegalArgumentException.class, () -> WeightHistograms.histograms(nan));
        assertEquals("histograms: tensor \"0.weight\" expected finite values, got NaN at index 1", e.getMessage());
        Map<String, Tensor> empty = new LinkedHashMap<>();
        empty.put("x", Tensor.zeros(0));
        assertThrows(IllegalArgumentException.class, () -> WeightHistograms.histograms(empty));
    }
}

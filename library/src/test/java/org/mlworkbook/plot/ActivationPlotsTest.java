package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.mlworkbook.autodiff.Activation;

class ActivationPlotsTest {

    @Test
    void oneActivationShowsFAndItsDerivativeOverTheRange() {
        XYChart chart = ActivationPlots.activation(Activation.SIGMOID, -6, 6);
        assertEquals("sigmoid", chart.getTitle());
        assertEquals(List.of("f(x)", "f′(x)"), List.copyOf(chart.getSeriesMap().keySet()));
        double[] x = chart.getSeriesMap().get("f(x)").getXData();
        assertEquals(ActivationPlots.SAMPLES, x.length);
        assertEquals(-6, x[0]);
        assertEquals(-5.97, x[1], 1e-12);
        assertEquals(5.985, x[x.length - 2], 1e-12, "the extra point halves the last interval");
        assertEquals(6, x[x.length - 1]);
        int middle = (ActivationPlots.SAMPLES - 2) / 2;
        assertEquals(0, x[middle], 1e-12);
        assertEquals(0.5, chart.getSeriesMap().get("f(x)").getYData()[middle], 1e-12);
        assertEquals(0.25, chart.getSeriesMap().get("f′(x)").getYData()[middle], 1e-12);
        assertEquals(0.25, Arrays.stream(chart.getSeriesMap().get("f′(x)").getYData()).max().orElseThrow(), 1e-12,
                "σ′ ≤ 0.25, reached at 0");
    }

    @Test
    void theOverviewsHaveOneLineNamedAfterEachActivationInListOrder() {
        List<Activation> functions = List.of(Activation.RELU, Activation.TANH, Activation.IDENTITY);
        XYChart f = ActivationPlots.activations(functions, -3, 3);
        XYChart df = ActivationPlots.derivatives(functions, -3, 3);
        assertEquals(List.of("relu", "tanh", "identity"), List.copyOf(f.getSeriesMap().keySet()));
        assertEquals(List.of("relu", "tanh", "identity"), List.copyOf(df.getSeriesMap().keySet()));
        double[] reluValues = f.getSeriesMap().get("relu").getYData();
        assertEquals(3, reluValues[reluValues.length - 1], 1e-12);
        assertEquals(1, df.getSeriesMap().get("relu").getYData()[reluValues.length - 1]);
        assertEquals(0, df.getSeriesMap().get("relu").getYData()[0]);
        assertEquals("f′(x)", df.getYAxisTitle());
        assertArrayEquals(Plots.png(f), Plots.png(ActivationPlots.activations(functions, -3, 3)));
    }

    @Test
    void manyFunctionsPutTheLegendRightOfThePlot() {
        List<Activation> six = List.of(Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU,
                new Activation("square", x -> x * x, (x, y) -> 2 * x), new Activation("cube", x -> x * x * x, (x, y) -> 3 * x * x));
        assertEquals(LegendPosition.OutsideS, ActivationPlots.activations(six.subList(0, 5), -1, 1).getStyler().getLegendPosition());
        assertEquals(LegendPosition.OutsideE, ActivationPlots.derivatives(six, -1, 1).getStyler().getLegendPosition());
    }

    @Test
    void badArgumentsAreRejectedWithTheMethodAndArgument() {
        var range = assertThrows(IllegalArgumentException.class, () -> ActivationPlots.activation(Activation.RELU, 1, 1));
        assertEquals("activation: from and to expected finite numbers with from < to, got from = 1.0, to = 1.0",
                range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActivationPlots.activation(Activation.RELU, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> ActivationPlots.activation(null, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ActivationPlots.activations(List.of(), -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ActivationPlots.derivatives(null, -1, 1));
        var twice = assertThrows(IllegalArgumentException.class,
                () -> ActivationPlots.activations(List.of(Activation.RELU, Activation.RELU), -1, 1));
        assertEquals("activations: functions expected distinct names, got \"relu\" twice", twice.getMessage());
        Activation exploding = new Activation("exp", Math::exp, (x, y) -> y);
        var infinite = assertThrows(IllegalArgumentException.class, () -> ActivationPlots.activation(exploding, 0, 1000));
        assertEquals("activation: exp expected finite values, got Infinity at x = 710.0", infinite.getMessage());
    }
}

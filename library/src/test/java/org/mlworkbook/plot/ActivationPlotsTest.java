package org.mlworkbook.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.mlworkbook.autodiff.Activation;

class ActivationPlotsTest {

    @Test
    void oneActivationShowsFAndItsDerivativeOverTheRange() {
        XYChart chart = ActivationPlots.activation(Activation.SIGMOID, -6, 6);
        assertEquals("sigmoid", chart.getTitle());
        assertEquals(List.of("f(x)", "f′(x)"), List.copyOf(chart.getSeriesMap().keySet()));
        double[] x = chart.getSeriesMap().get("f(x)").getXData();
        assertEquals(481, x.length, "12 / 400 = 0.03 rounds down to the step 0.025");
        assertEquals(-6, x[0]);
        assertEquals(-5.975, x[1], 1e-12);
        assertEquals(6, x[x.length - 1]);
        int middle = x.length / 2;
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
    void anUnroundRangeEndsExactlyAtItsRightEnd() {
        double[] x = ActivationPlots.activation(Activation.TANH, 0, 1.234).getSeriesMap().get("f(x)").getXData();
        assertEquals(0.0025, x[1], 1e-15, "1.234 / 400 = 0.003085 rounds down to 0.0025");
        assertEquals(1.234, x[x.length - 1]);
        assertEquals(0.0015, x[x.length - 1] - x[x.length - 2], 1e-12, "the last step is the shorter one");
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

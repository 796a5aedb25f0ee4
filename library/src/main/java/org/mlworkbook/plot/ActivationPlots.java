package org.mlworkbook.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.mlworkbook.autodiff.Activation;

/**
 * Activation functions y = f(x) and their derivatives f′(x), sampled at {@value #SAMPLES} points of [from, to]:
 * {@link #activation} draws f and f′ of one function on one chart, {@link #activations} and {@link #derivatives} draw several functions (or their derivatives) side by side, one line each, so that the
 * shapes compare: sigmoid and tanh saturate (f′ → 0 for large |x|, σ′ ≤ 0.25), ReLU's slope is 0 or 1.
 * The values are those of {@link Activation#apply(double)} and {@link Activation#derivative(double)}, the very
 * functions the networks use.
 *
 * <p>Pitfall: a function with a jump (the binary step) is drawn as a steep line between the two samples around
 * the jump.
 *
 * @see "notebooks/09-perceptron-and-activations.ipynb"
 */
public final class ActivationPlots {

    /**
     * Points sampled over [from, to]: 401 equally spaced (a kink at 0 is a sample for symmetric ranges) and one more
     * in the middle of the last interval.
     */
    public static final int SAMPLES = 402;
    /** The most lines whose legend fits below the chart; with more, it goes to the right, one name a line. */
    public static final int LEGEND_BELOW_MAX = 5;

    private ActivationPlots() {
    }

    /**
     * f and f′ of one activation on one chart: the lines "f(x)" and "f′(x)" over xᵢ = from + i·(to − from)/400,
     * titled with the activation's name.
     *
     * @param f    the activation
     * @param from the left end of the x range, finite
     * @param to   the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart with a legend
     * @throws IllegalArgumentException if f is null, the range is not finite or from ≥ to, or f or f′ is not
     *                                  finite at a sample
     */
    public static XYChart activation(Activation f, double from, double to) {
        requireActivation("activation", f, "f");
        double[] x = samples("activation", from, to);
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("f(x)", values("activation", f, x, false));
        series.put("f′(x)", values("activation", f, x, true));
        return Plots.axes(Plots.line(f.name(), x, series), "x", "");
    }

    /**
     * Several activations f on one chart, one line each named by {@link Activation#name()}, in list order.
     *
     * @param functions the activations, at least one, distinct names. Not modified.
     * @param from      the left end of the x range, finite
     * @param to        the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "activations" with a legend (below, or right
     *         of the plot for more than {@value #LEGEND_BELOW_MAX} functions)
     * @throws IllegalArgumentException if the list is null or empty, holds null or two functions of one name, the
     *                                  range is not finite or from ≥ to, or a value is not finite
     */
    public static XYChart activations(List<Activation> functions, double from, double to) {
        return overview("activations", functions, from, to, false);
    }

    /**
     * The derivatives f′ of several activations on one chart, one line each named by {@link Activation#name()}.
     *
     * @param functions the activations, at least one, distinct names. Not modified.
     * @param from      the left end of the x range, finite
     * @param to        the right end, finite, &gt; from
     * @return a {@value Plots#WIDTH}×{@value Plots#HEIGHT} chart titled "derivatives" with a legend
     * @throws IllegalArgumentException as {@link #activations}
     */
    public static XYChart derivatives(List<Activation> functions, double from, double to) {
        return overview("derivatives", functions, from, to, true);
    }

    private static XYChart overview(String method, List<Activation> functions, double from, double to,
            boolean derivative) {
        if (functions == null || functions.isEmpty()) {
            throw new IllegalArgumentException(String.format("%s: functions expected at least one activation, got %s",
                    method, functions == null ? "null" : "an empty list"));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            requireActivation(method, functions.get(i), "functions[" + i + "]");
            names.add(functions.get(i).name());
        }
        Arguments.requireDistinctNames(method, "functions", names);
        double[] x = samples(method, from, to);
        Map<String, double[]> series = new LinkedHashMap<>();
        for (Activation f : functions) {
            series.put(f.name(), values(method, f, x, derivative));
        }
        XYChart chart = Plots.axes(Plots.line(method, x, series), "x", derivative ? "f′(x)" : "f(x)");
        if (functions.size() > LEGEND_BELOW_MAX) {
            chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
            chart.getStyler().setLegendLayout(LegendLayout.Vertical);
        }
        return chart;
    }

    private static void requireActivation(String method, Activation f, String argument) {
        if (f == null) {
            throw new IllegalArgumentException(method + ": " + argument + " expected an Activation, got null");
        }
    }

    /**
     * xᵢ = from + i·h for i = 0 … 400, h = (to − from)/400, with one more point in the middle of the last interval:
     * XChart puts the ticks on the data when these are equally spaced, at unround values such as −2.64, −2.28, and
     * the extra point turns that off, giving round ticks.
     */
    private static double[] samples(String method, double from, double to) {
        if (!Double.isFinite(from) || !Double.isFinite(to) || from >= to) {
            throw new IllegalArgumentException(String.format(
                    "%s: from and to expected finite numbers with from < to, got from = %s, to = %s", method, from, to));
        }
        int intervals = SAMPLES - 2;
        double h = (to - from) / intervals;
        double[] x = new double[SAMPLES];
        for (int i = 0; i < intervals; i++) {
            x[i] = from + i * h;
        }
        x[intervals] = from + (intervals - 0.5) * h;
        x[intervals + 1] = to;
        return x;
    }

    /** f(xᵢ) or f′(xᵢ), each finite. */
    private static double[] values(String method, Activation f, double[] x, boolean derivative) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = derivative ? f.derivative(x[i]) : f.apply(x[i]);
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(String.format("%s: %s expected finite values, got %s at x = %s",
                        method, f.name() + (derivative ? "′" : ""), y[i], x[i]));
            }
        }
        return y;
    }
}
